package dev.pterogateway.monitor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One observation of a server, as stored in {@code metric_samples}.
 *
 * @param panel the panel
 * @param identifier the server's identifier
 * @param at when it was taken
 * @param state {@code offline}, {@code starting}, {@code running} or {@code stopping}
 * @param cpu CPU in percent of the server's CPU limit, or {@code null} when it has none
 * @param cpuAbsolute CPU in percent of one core
 * @param memory memory in use, in bytes
 * @param disk disk in use, in bytes
 * @param networkIn bytes received since the container started
 * @param networkOut bytes sent since the container started
 * @param uptime milliseconds since the container started
 */
public record MetricSample(String panel, String identifier, Instant at, String state, @Nullable Double cpu,
		double cpuAbsolute, long memory, long disk, long networkIn, long networkOut, long uptime) {

}
