package dev.pterogateway.monitor;

import java.time.Instant;
import java.util.List;

import dev.pterogateway.server.StatsSample;

/**
 * A server's stored samples over a time range.
 *
 * @param id the server's identifier
 * @param panel its panel
 * @param from the start of the range (inclusive)
 * @param to the end of the range (exclusive)
 * @param resolution {@code raw} (one sample per sweep) or {@code 5m} (5-minute averages,
 * for ranges older than the raw retention)
 * @param step the bucket width in seconds the samples were averaged over, 0 when not
 * averaged beyond the resolution
 * @param samples the samples, oldest first
 */
public record StatsHistoryResponse(String id, String panel, Instant from, Instant to, String resolution, long step,
		List<StatsSample> samples) {

}
