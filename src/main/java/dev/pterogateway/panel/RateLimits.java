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
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The rate-limit state of one panel, per API: the latest {@code X-RateLimit-*} figures
 * and, after a 429, the time until which calls fail fast without reaching the panel.
 */
final class RateLimits {

	private static final Logger logger = LoggerFactory.getLogger(RateLimits.class);

	/**
	 * A GET waits out a rate-limit block this short instead of failing.
	 */
	private static final Duration SHORT_WAIT = Duration.ofSeconds(1);

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
			Instant at = this.clock.instant();
			this.states.get(api).updateAndGet((status) -> status.withCounts(limit, remaining, at));
		}
	}

	/**
	 * Remembers a 429 of the panel's rate limit: until its {@code Retry-After} has
	 * passed, calls to that API fail fast. The backup throttle's 429 concerns one server
	 * only and blocks nothing.
	 */
	void rejected(PanelRateLimitedException error) {
		if (!PanelErrorTranslator.BACKUP_THROTTLE.equals(error.panelCode())) {
			block(error.api(), error.retryAfter());
		}
	}

	private void block(PanelApi api, Duration retryAfter) {
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

	/**
	 * Fails fast while the panel's rate limit is known to be exhausted; a GET waits out a
	 * short block instead.
	 */
	Mono<Void> gate(PanelApi api, HttpMethod method, Duration timeout) {
		return Mono.defer(() -> {
			Duration wait = remainingBlock(api);
			if (wait.isZero()) {
				return Mono.empty();
			}
			if (method == HttpMethod.GET && worthWaiting(wait, timeout)) {
				return Mono.delay(wait).then();
			}
			return Mono.error(new PanelRateLimitedException(this.panel, api, wait, 0, null,
					"the panel's rate limit is exhausted, so the gateway does not call it until it resets"));
		});
	}

	/**
	 * A GET answered 429 with a Retry-After of at most a second is tried once more (after
	 * the gate's wait), if the timeout leaves room. Writes are never retried.
	 */
	Retry retryShortWaits(Duration timeout) {
		return Retry.max(1)
			.filter((error) -> error instanceof PanelRateLimitedException rateLimited && rateLimited.status() == 429
					&& worthWaiting(rateLimited.retryAfter(), timeout))
			.onRetryExhaustedThrow((spec, signal) -> signal.failure());
	}

	/**
	 * A wait of at most a second that leaves at least half the timeout for the call.
	 */
	private static boolean worthWaiting(Duration wait, Duration timeout) {
		return wait.compareTo(SHORT_WAIT) <= 0 && wait.compareTo(timeout.dividedBy(2)) <= 0;
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
