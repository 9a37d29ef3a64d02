package dev.pterogateway.server;

import java.util.List;

/**
 * Recent usage samples of a server, as stored by the monitor's sweeps. The monitor
 * implements it (as a component, so that it replaces the default that has none).
 */
public interface StatsHistory {

	/**
	 * The server's recent samples, oldest first; a handful, for a sparkline next to the
	 * live figures.
	 * @param panel the panel the server lives on
	 * @param identifier its 8-character identifier
	 * @return the samples, empty when there are none
	 */
	List<StatsSample> recent(String panel, String identifier);

}
