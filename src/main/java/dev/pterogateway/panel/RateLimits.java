package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;

/**
 * The rate-limit state of one panel, per API: the latest {@code X-RateLimit-*} figures
 * and, after a 429, the time until which calls fail fast without reaching the panel.
 */
final class RateLimits {

	private static final Logger logger = LoggerFactory.getLogger(RateLimits.class);

	private final String panel;

	private final Clock clock;

	private final Map<PanelApi, AtomicReference<RateLimitStatus>> states = new EnumMap<>(PanelApi.class);

	RateLimits(String panel, Clock clock) {
		this.panel = panel;
		this.clock = clock;
		for (PanelApi api : PanelApi.values()) {
			this.states.put(api, new AtomicReference<>(RateLimitStatus.unknown(api)));
		}
	}

	void observe(PanelApi api, HttpHeaders headers) {
		Integer limit = number(headers.getFirst("X-RateLimit-Limit"));
		Integer remaining = number(headers.getFirst("X-RateLimit-Remaining"));
		if (limit != null || remaining != null) {
			this.states.get(api).updateAndGet((status) -> status.withCounts(limit, remaining));
		}
	}

	/**
	 * Remembers a 429: until {@code retryAfter} has passed, calls to this API fail fast.
	 */
	void block(PanelApi api, Duration retryAfter) {
		Instant until = this.clock.instant().plus(retryAfter);
		RateLimitStatus previous = this.states.get(api).getAndUpdate((status) -> status.withBlockedUntil(until));
		if (!previous.blockedAt(this.clock.instant())) {
			logger.warn("Panel {} rate-limited the gateway on the {} API; calls fail fast for {}s", this.panel,
					api.label(), retryAfter.toSeconds());
		}
	}

	/**
	 * How long calls to an API must still wait.
	 * @return the wait, {@link Duration#ZERO} when not blocked
	 */
	Duration remainingBlock(PanelApi api) {
		Instant until = this.states.get(api).get().blockedUntil();
		if (until == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(this.clock.instant(), until);
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	RateLimitStatus status(PanelApi api) {
		return this.states.get(api).get();
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
