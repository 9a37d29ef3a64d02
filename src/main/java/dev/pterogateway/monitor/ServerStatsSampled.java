package dev.pterogateway.monitor;

import java.time.Instant;

import dev.pterogateway.server.ServerStatus;
import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring event) for every server the sweep observed; it is also the body
 * of the messages on {@code /topic/servers.{panel}.{id}.stats}.
 *
 * @param panel the panel
 * @param id the server's identifier
 * @param at when it was observed
 * @param state {@code offline}, {@code starting}, {@code running} or {@code stopping}
 * @param cpu CPU in percent of the server's CPU limit, or {@code null} when it has none
 * @param cpuAbsolute CPU in percent of one core
 * @param memory memory in bytes, with the limit
 * @param disk disk in bytes, with the limit
 * @param networkIn bytes received since the container started
 * @param networkOut bytes sent since the container started
 * @param uptime seconds since the container started
 */
public record ServerStatsSampled(String panel, String id, Instant at, String state, @Nullable Double cpu,
		double cpuAbsolute, ServerStatus.ResourceUsage memory, ServerStatus.ResourceUsage disk, long networkIn,
		long networkOut, long uptime) {

}
