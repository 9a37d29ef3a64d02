package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.panel.RateLimitStatus;

/**
 * How many resource polls one sweep of a panel may send: the monitor's share of the
 * panel's client-API limit per minute, scaled to the sweep interval, and never more than
 * what the panel's {@code X-RateLimit-Remaining} leaves above the part reserved for
 * everything else. At least one poll (to learn the limit again) unless the panel said to
 * back off.
 */
final class PollBudget {

	/** Pterodactyl's default client-API limit per minute, until the panel tells us. */
	static final int DEFAULT_CLIENT_LIMIT = 720;

	private PollBudget() {
	}

	static int perSweep(RateLimitStatus status, double share, Duration interval, Instant now) {
		if (status.blockedAt(now)) {
			return 0;
		}
		int limit = (status.limit() != null && status.limit() > 0) ? status.limit() : DEFAULT_CLIENT_LIMIT;
		int budget = (int) Math.floor(limit * share * interval.toMillis() / 60_000.0);
		Integer remaining = status.remaining();
		if (remaining != null) {
			int spare = remaining - (int) Math.ceil(limit * (1 - share));
			budget = Math.min(budget, spare);
		}
		return Math.max(1, budget);
	}

}
