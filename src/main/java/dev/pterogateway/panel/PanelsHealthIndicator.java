package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code panels} health component: each panel's state in the details. A panel whose
 * latest call is older than {@link #FRESH} is probed once (client account, or a tiny
 * application call), concurrently and within its timeout.
 * <p>
 * Status: {@code UP} when every panel is up, {@code DEGRADED} when some are down (a
 * custom status that Boot's aggregator leaves out, so the application stays {@code UP}
 * while one panel still serves), {@code DOWN} only when no panel is up, {@code UNKNOWN}
 * with no panels.
 */
class PanelsHealthIndicator implements HealthIndicator {

	/**
	 * Some panels are down, at least one is up.
	 */
	static final Status DEGRADED = new Status("DEGRADED", "Some panels are down; the others still serve");

	/**
	 * A probe more often than this would only spend the panels' rate limit.
	 */
	static final Duration FRESH = Duration.ofSeconds(30);

	private final PanelRegistry registry;

	private final Clock clock;

	PanelsHealthIndicator(PanelRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public Health health() {
		List<PanelClient> panels = this.registry.all();
		if (panels.isEmpty()) {
			return Health.unknown().withDetail("panels", "none configured").build();
		}
		Duration longest = panels.stream().map(PanelClient::timeout).max(Duration::compareTo).orElseThrow();
		List<PanelHealth> states = Flux.fromIterable(panels)
			.flatMapSequential(this::current)
			.collectList()
			.block(longest.plusSeconds(1));
		List<PanelHealth> known = (states != null) ? states : panels.stream().map(PanelClient::health).toList();
		long up = known.stream().filter(PanelHealth::isUp).count();
		Status status = (up == known.size()) ? Status.UP : (up > 0) ? DEGRADED : Status.DOWN;
		Health.Builder builder = Health.status(status);
		known.forEach((health) -> builder.withDetail(health.panel(), details(health)));
		return builder.build();
	}

	private Mono<PanelHealth> current(PanelClient panel) {
		Instant last = panel.lastOutcome();
		if (last != null && last.isAfter(this.clock.instant().minus(FRESH))) {
			return Mono.just(panel.health());
		}
		return panel.checkHealthAsync();
	}

	private static Map<String, Object> details(PanelHealth health) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", health.status().name());
		details.put("apis", health.configuredApis().stream().map(PanelApi::label).sorted().toList());
		if (health.lastError() != null) {
			details.put("error", health.lastError());
		}
		if (health.since() != null) {
			details.put("since", health.since().toString());
		}
		health.rateLimits().forEach((api, limit) -> {
			if (limit.remaining() != null) {
				details.put(api.label() + "RateLimitRemaining", limit.remaining());
				// the panel's window is one minute: the reading's age says whether it
				// still applies
				if (limit.readAt() != null) {
					details.put(api.label() + "RateLimitReadAt", limit.readAt().toString());
				}
			}
		});
		return details;
	}

}
