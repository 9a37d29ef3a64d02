package dev.pterogateway.panel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers of every panel, listed at once. A panel that failed contributes no servers
 * and is marked {@link PanelHealth.Status#DOWN} with the reason; the others' servers are
 * still here.
 *
 * @param servers the servers of the panels that answered, panel by panel in configuration
 * order
 * @param panels each panel's health after the listing, in configuration order
 */
public record FleetListing(List<PanelServer> servers, Map<String, PanelHealth> panels) {

	public FleetListing {
		servers = List.copyOf(servers);
		panels = Collections.unmodifiableMap(new LinkedHashMap<>(panels));
	}

	/**
	 * Whether every panel was listed.
	 * @return {@code true} if no panel failed
	 */
	public boolean complete() {
		return failedPanels().isEmpty();
	}

	/**
	 * The panels whose servers are missing.
	 * @return their names
	 */
	public List<String> failedPanels() {
		return this.panels.values().stream().filter((health) -> !health.isUp()).map(PanelHealth::panel).toList();
	}

}
