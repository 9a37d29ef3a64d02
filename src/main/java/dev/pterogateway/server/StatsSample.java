package dev.pterogateway.server;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stored usage sample of a server, in the units of {@code GET
 * /api/server/{id}/status}.
 *
 * @param at when it was taken
 * @param state the process state then ({@code offline}, {@code starting},
 * {@code running}, {@code stopping})
 * @param cpu CPU in percent of the server's limit, or {@code null} when unlimited
 * @param cpuAbsolute CPU in percent of one core
 * @param memory memory in use, in bytes
 * @param disk disk in use, in bytes
 * @param networkIn bytes received since the container started
 * @param networkOut bytes sent since the container started
 */
public record StatsSample(Instant at, String state, @Nullable Double cpu, double cpuAbsolute, long memory, long disk,
		long networkIn, long networkOut) {

}
