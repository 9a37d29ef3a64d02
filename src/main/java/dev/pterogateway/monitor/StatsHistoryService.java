package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerAccess;
import dev.pterogateway.server.ServerRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads a server's history: raw samples while the range lies within the raw retention,
 * 5-minute averages beyond it, optionally averaged again over a coarser step.
 */
@Service
class StatsHistoryService {

	static final int MAX_SAMPLES = 5000;

	private static final Duration DEFAULT_RANGE = Duration.ofHours(1);

	private final ServerAccess access;

	private final SampleStore samples;

	private final MonitorProperties properties;

	private final Clock clock;

	StatsHistoryService(ServerAccess access, SampleStore samples, MonitorProperties properties, Clock clock) {
		this.access = access;
		this.samples = samples;
		this.properties = properties;
		this.clock = clock;
	}

	StatsHistoryResponse history(ServerRef ref, Caller caller, @Nullable Instant from, @Nullable Instant to,
			@Nullable Duration step) {
		DirectoryEntry entry = this.access.resolve(ref, caller);
		Instant now = this.clock.instant();
		Instant end = (to != null) ? to : now;
		Instant start = (from != null) ? from : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw new InvalidHistoryRangeException("'from' must be before 'to'.");
		}
		if (step != null && (step.isNegative() || step.isZero())) {
			throw new InvalidHistoryRangeException("'step' must be positive.");
		}
		boolean raw = !start.isBefore(now.minus(this.properties.retention().raw()));
		String table = raw ? SampleStore.RAW : SampleStore.FIVE_MINUTES;
		List<MetricSample> found = this.samples.range(table, entry.panel(), entry.identifier(), start, end,
				MAX_SAMPLES);
		Duration resolution = raw ? Duration.ZERO : SampleRetention.BUCKET;
		long stepSeconds = 0;
		if (step != null && step.compareTo(resolution) > 0) {
			found = Averages.of(found, step).stream().map(Averages.Bucket::average).toList();
			stepSeconds = step.toSeconds();
		}
		return new StatsHistoryResponse(entry.identifier(), entry.panel(), start, end, raw ? "raw" : "5m", stepSeconds,
				found.stream().map(StatsMapper::toStatsSample).toList());
	}

}
