package dev.pterogateway.simulator;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible, moving resource usage of a server derived from its limits, its uuid and the
 * time: what Wings reports in {@code /resources} and in websocket {@code stats}.
 *
 * @param state the process state
 * @param memoryBytes memory used
 * @param memoryLimitBytes the container limit (Wings adds overhead to the panel limit)
 * @param cpuAbsolute CPU in percent of one core
 * @param diskBytes disk used, also reported while offline
 * @param rxBytes bytes received since start
 * @param txBytes bytes sent since start
 * @param uptimeMillis milliseconds since start
 */
record ResourceUsage(PowerState state, long memoryBytes, long memoryLimitBytes, double cpuAbsolute, long diskBytes,
		long rxBytes, long txBytes, long uptimeMillis) {

	private static final long MIB = 1024L * 1024L;

	static ResourceUsage of(PanelServer server, Instant now) {
		ServerLimits limits = server.limits;
		double shape = fraction(server.uuid.hashCode());
		double seconds = now.toEpochMilli() / 1000.0;
		long disk = (long) (Math.max(limits.disk(), 5120) * MIB * (0.12 + 0.4 * shape));
		long memoryLimit = memoryLimit(limits.memory());
		if (server.resourceOverride != null) {
			disk = server.resourceOverride.diskBytes();
		}
		if (!server.power.isUp()) {
			return new ResourceUsage(server.power, 0, memoryLimit, 0, disk, 0, 0, 0);
		}
		long uptime = (server.startedAt != null) ? Math.max(0, Duration.between(server.startedAt, now).toMillis()) : 0;
		double wave = Math.sin(seconds / 7.0 + shape * 10);
		long memoryBase = Math.max(limits.memory(), 1024) * MIB;
		double memoryFactor = (server.power == PowerState.STARTING) ? 0.2 : 0.45 + 0.25 * shape + 0.08 * wave;
		double cpuBase = (limits.cpu() > 0) ? limits.cpu() : 100;
		double cpuFactor = (server.power == PowerState.STARTING) ? 0.8 : 0.18 + 0.3 * shape + 0.15 * wave;
		double cpu = Math.round(Math.max(0.5, cpuBase * cpuFactor) * 1000) / 1000.0;
		long rx = (long) (uptime / 1000.0 * (12_000 + 40_000 * shape));
		ResourceOverride override = server.resourceOverride;
		if (override != null) {
			return new ResourceUsage(server.power, override.memoryBytes(), memoryLimit, override.cpuAbsolute(),
					override.diskBytes(), rx, rx / 4, uptime);
		}
		return new ResourceUsage(server.power, (long) (memoryBase * memoryFactor), memoryLimit, cpu, disk, rx, rx / 4,
				uptime);
	}

	/** Wings' container limit: the panel limit plus 5-15 % overhead. */
	private static long memoryLimit(int memory) {
		double overhead = (memory <= 2048) ? 1.15 : (memory <= 4096) ? 1.10 : 1.05;
		return (long) (memory * MIB * overhead);
	}

	private static double fraction(int hash) {
		return ((hash & 0x7fffffff) % 1000) / 1000.0;
	}

	/** The {@code stats} attributes of {@code GET /resources}. */
	ObjectNode clientAttributes(boolean suspended) {
		ObjectNode attributes = Envelope.object();
		attributes.put("current_state", this.state.wireName());
		attributes.put("is_suspended", suspended);
		ObjectNode resources = attributes.putObject("resources");
		resources.put("memory_bytes", this.memoryBytes);
		resources.put("cpu_absolute", this.cpuAbsolute);
		resources.put("disk_bytes", this.diskBytes);
		resources.put("network_rx_bytes", this.rxBytes);
		resources.put("network_tx_bytes", this.txBytes);
		resources.put("uptime", this.uptimeMillis);
		return attributes;
	}

	/** The websocket {@code stats} payload (sent JSON-encoded as a string). */
	ObjectNode wingsStats() {
		ObjectNode stats = Envelope.object();
		stats.put("memory_bytes", this.memoryBytes);
		stats.put("memory_limit_bytes", this.memoryLimitBytes);
		stats.put("cpu_absolute", this.cpuAbsolute);
		ObjectNode network = stats.putObject("network");
		network.put("rx_bytes", this.rxBytes);
		network.put("tx_bytes", this.txBytes);
		stats.put("uptime", this.uptimeMillis);
		stats.put("state", this.state.wireName());
		stats.put("disk_bytes", this.diskBytes);
		return stats;
	}

}
