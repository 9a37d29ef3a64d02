package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lists the servers of all panels at once. Each panel's listing (all pages) is bounded by
 * that panel's timeout, so the whole call returns within the largest timeout, and a panel
 * that fails or hangs only loses its own servers.
 */
public final class PanelFleet {

	private static final Logger logger = LoggerFactory.getLogger(PanelFleet.class);

	/**
	 * Head room for scheduling on top of the panels' own bounds; never reached when they
	 * hold.
	 */
	private static final Duration GRACE = Duration.ofSeconds(1);

	private final PanelRegistry registry;

	private final Clock clock;

	/**
	 * Creates a fleet over the given panels.
	 * @param registry the panels
	 * @param clock the clock for failure timestamps
	 */
	public PanelFleet(PanelRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Lists every server of every panel concurrently. Blocks at most the largest panel
	 * timeout; never throws for a failing panel.
	 * @return the servers and each panel's health
	 */
	public FleetListing listServers() {
		List<PanelClient> panels = this.registry.all();
		Duration longest = panels.stream().map(PanelClient::timeout).max(Duration::compareTo).orElse(Duration.ZERO);
		List<PanelListing> listings = Flux.fromIterable(panels)
			.flatMapSequential(this::list)
			.collectList()
			.block(longest.plus(GRACE));
		List<PanelServer> servers = new ArrayList<>();
		Map<String, PanelHealth> health = new LinkedHashMap<>();
		for (PanelListing listing : (listings != null) ? listings : List.<PanelListing>of()) {
			listing.servers().forEach((server) -> servers.add(new PanelServer(listing.panel(), server)));
			health.put(listing.panel(), listing.health());
		}
		return new FleetListing(servers, health);
	}

	private Mono<PanelListing> list(PanelClient panel) {
		if (!panel.supports(PanelApi.CLIENT)) {
			return Mono.just(failed(panel, new PanelApiNotConfiguredException(panel.name(), PanelApi.CLIENT)));
		}
		return panel.client()
			.serversAsync()
			.timeout(panel.timeout())
			.map((servers) -> new PanelListing(panel.name(), servers, panel.health()))
			.onErrorResume((error) -> Mono.just(failed(panel, error)));
	}

	private PanelListing failed(PanelClient panel, Throwable error) {
		PanelException failure = (error instanceof PanelException panelError) ? panelError
				: new PanelUnavailableException(panel.name(), PanelUnavailableException.Reason.TIMEOUT, 0, null,
						"listing its servers took longer than " + panel.timeout().toMillis() + "ms", error);
		logger.debug("Fleet listing without panel {}: {}", panel.name(), failure.getMessage());
		return new PanelListing(panel.name(), List.of(),
				panel.health().down(failure.getMessage(), this.clock.instant()));
	}

	private record PanelListing(String panel, List<ClientServer> servers, PanelHealth health) {

	}

}
