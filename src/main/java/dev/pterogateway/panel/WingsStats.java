package dev.pterogateway.panel;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload of a Wings {@code stats} event (JSON encoded in its argument). Memory, disk
 * and network are in bytes, CPU in percent of one core (unbounded), uptime in
 * milliseconds.
 *
 * @param state the power state ({@code offline}, {@code starting}, {@code running},
 * {@code stopping})
 * @param memoryBytes memory in use
 * @param memoryLimitBytes the container's limit (larger than the panel's, Wings adds
 * overhead)
 * @param cpuAbsolute CPU use in percent of one core
 * @param diskBytes disk in use
 * @param networkRxBytes bytes received since start
 * @param networkTxBytes bytes sent since start
 * @param uptimeMillis time since start
 */
public record WingsStats(String state, long memoryBytes, long memoryLimitBytes, double cpuAbsolute, long diskBytes,
		long networkRxBytes, long networkTxBytes, long uptimeMillis) {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Reads the stats of a {@code stats} event.
	 * @param event the event
	 * @return the stats, empty if the event is another one or its payload is not JSON
	 */
	public static Optional<WingsStats> from(WingsEvent event) {
		if (!event.is(WingsEvent.STATS)) {
			return Optional.empty();
		}
		try {
			JsonNode stats = json.readTree(event.argument());
			JsonNode network = stats.path("network");
			return Optional.of(new WingsStats(stats.path("state").asString(""), stats.path("memory_bytes").asLong(),
					stats.path("memory_limit_bytes").asLong(), stats.path("cpu_absolute").asDouble(),
					stats.path("disk_bytes").asLong(), network.path("rx_bytes").asLong(),
					network.path("tx_bytes").asLong(), stats.path("uptime").asLong()));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
