package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A server's live usage ({@code GET /api/client/servers/{server}/resources}). The panel
 * caches it for 20 seconds per server.
 *
 * @param currentState {@code offline}, {@code starting}, {@code running} or
 * {@code stopping}; the panel's fallback {@code stopped} means offline
 * @param suspended whether the server is suspended
 * @param resources the usage figures
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerResources(@JsonProperty("current_state") String currentState,
		@JsonProperty("is_suspended") boolean suspended, @JsonProperty("resources") Usage resources) {

	/**
	 * Usage figures. Unlike the limits (MiB), these are bytes.
	 *
	 * @param memoryBytes memory in use, in bytes
	 * @param cpuAbsolute CPU in percent of one core (100 = one core busy), not capped
	 * @param diskBytes disk in use, in bytes (refreshed by Wings every few minutes)
	 * @param networkRxBytes bytes received since the container started
	 * @param networkTxBytes bytes sent since the container started
	 * @param uptime milliseconds since the container started (0 when offline)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Usage(@JsonProperty("memory_bytes") long memoryBytes,
			@JsonProperty("cpu_absolute") double cpuAbsolute, @JsonProperty("disk_bytes") long diskBytes,
			@JsonProperty("network_rx_bytes") long networkRxBytes,
			@JsonProperty("network_tx_bytes") long networkTxBytes, @JsonProperty("uptime") long uptime) {

	}

}
