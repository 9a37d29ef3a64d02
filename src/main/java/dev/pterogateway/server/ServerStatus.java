package dev.pterogateway.server;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pterogateway.panel.Limits;
import dev.pterogateway.panel.ServerResources;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A server's live state and usage, in the seed API's shape: bytes for memory, disk and
 * network, percent of the server's own limit for {@code usage} and {@code cpu}.
 *
 * @param id its identifier
 * @param panel the panel it lives on
 * @param status its process state: {@code offline}, {@code starting}, {@code running} or
 * {@code stopping}
 * @param stats the figures
 */
public record ServerStatus(String id, String panel, @Schema(description = "the process state", allowableValues = {
		"offline", "starting", "running", "stopping" }) String status, Stats stats){

	private static final long BYTES_PER_MIB = 1_048_576L;

	static ServerStatus from(DirectoryEntry entry, ServerResources resources, List<StatsSample> history) {
		String state = stateOf(resources.currentState());
		ServerResources.Usage usage = resources.resources();
		Limits limits = entry.limits();
		ServerStats stats = new ServerStats(state, usage.uptime() / 1000, percentOf(usage.cpuAbsolute(), limits.cpu()),
				usage.cpuAbsolute(), ResourceUsage.of(usage.memoryBytes(), limits.memory()),
				ResourceUsage.of(usage.diskBytes(), limits.disk()),
				new NetworkTraffic(usage.networkRxBytes(), usage.networkTxBytes()), history);
		return new ServerStatus(entry.identifier(), entry.panel(), state, new Stats("success", stats));
	}

	/** The panel's fallback {@code stopped} (Wings said nothing) means offline. */
	public static String stateOf(String currentState) {
		return "stopped".equals(currentState) ? "offline" : currentState;
	}

	/** A share in percent rounded to two decimals; {@code null} for no limit (0). */
	public static @Nullable Double percentOf(double used, double limit) {
		if (limit <= 0) {
			return null;
		}
		return Math.round(used / limit * 10_000) / 100.0;
	}

	/**
	 * The envelope of the figures, as in the seed API.
	 *
	 * @param status always {@code success}
	 * @param data the figures
	 */
	public record Stats(String status, ServerStats data) {

	}

	/**
	 * The live figures.
	 *
	 * @param state the process state (as {@code status} above)
	 * @param uptime seconds since the process started (0 when offline)
	 * @param cpu CPU in percent of the server's CPU limit, or {@code null} when it has
	 * none
	 * @param cpuAbsolute CPU as the panel reports it, in percent of one core (100 = one
	 * core busy)
	 * @param memory memory in bytes
	 * @param disk disk in bytes
	 * @param network network traffic in bytes since the process started
	 * @param history recent samples, oldest first, when the monitor has them
	 */
	public record ServerStats(@Schema(description = "the process state", allowableValues = {
			"offline", "starting", "running", "stopping" }) String state,
			@Schema(description = "seconds since the process started") long uptime,
			@Schema(description = "percent of the server's CPU limit; null when unlimited") @Nullable Double cpu,
			@Schema(description = "percent of one core, as the panel reports it") double cpuAbsolute,
			ResourceUsage memory, ResourceUsage disk, NetworkTraffic network, List<StatsSample> history){

	}

	/**
	 * Use of a resource with a limit.
	 *
	 * @param used bytes in use
	 * @param max the limit in bytes (the limit in MiB × 1,048,576), 0 when unlimited
	 * @param usage {@code used} in percent of {@code max}, or {@code null} when unlimited
	 */
	public record ResourceUsage(@Schema(description = "bytes in use") long used,
			@Schema(description = "the limit in bytes; 0 when unlimited") long max,
			@Schema(description = "percent of max; null when unlimited") @Nullable Double usage) {

		/**
		 * The use of a resource whose limit the panel gives in MiB.
		 * @param usedBytes bytes in use
		 * @param limitMib the limit in MiB, 0 (or less) when unlimited
		 * @return the use
		 */
		public static ResourceUsage of(long usedBytes, long limitMib) {
			long max = Math.max(0, limitMib) * BYTES_PER_MIB;
			return new ResourceUsage(usedBytes, max, percentOf(usedBytes, max));
		}

	}

	/**
	 * Network traffic since the process started.
	 *
	 * @param received bytes received
	 * @param sent bytes sent
	 */
	public record NetworkTraffic(
			@Schema(description = "bytes received since the process started") @JsonProperty("in") long received,
			@Schema(description = "bytes sent since the process started") @JsonProperty("out") long sent) {

	}

}
