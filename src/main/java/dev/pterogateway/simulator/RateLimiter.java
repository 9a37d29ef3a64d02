package dev.pterogateway.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Laravel's fixed-window limiter: a window of one minute opens on the first hit of a key
 * and counts hits until it expires. Keys are per panel user and API family.
 */
final class RateLimiter {

	private final Clock clock;

	private final Map<String, Window> windows = new HashMap<>();

	RateLimiter(Clock clock) {
		this.clock = clock;
	}

	synchronized Decision hit(String key, int limit) {
		long now = this.clock.millis();
		Window window = this.windows.get(key);
		if (window == null || now >= window.resetsAtMillis) {
			window = new Window(now + 60_000);
			this.windows.put(key, window);
		}
		long retryAfter = Math.max(0, (long) Math.ceil((window.resetsAtMillis - now) / 1000.0));
		if (window.hits >= limit) {
			return Decision.denied(limit, retryAfter, Instant.ofEpochMilli(now).getEpochSecond());
		}
		window.hits++;
		return new Decision(limit, limit - window.hits, true, retryAfter,
				Instant.ofEpochMilli(now).getEpochSecond() + retryAfter);
	}

	/**
	 * The outcome of one hit.
	 *
	 * @param limit the limit
	 * @param remaining hits left in the window
	 * @param allowed whether the request may proceed
	 * @param retryAfterSeconds seconds until the window resets
	 * @param resetEpochSecond when the window resets
	 */
	record Decision(int limit, int remaining, boolean allowed, long retryAfterSeconds, long resetEpochSecond) {

		static Decision denied(int limit, long retryAfterSeconds, long nowEpochSecond) {
			return new Decision(limit, 0, false, retryAfterSeconds, nowEpochSecond + retryAfterSeconds);
		}

		void applyTo(ApiResponse response) {
			response.header("X-RateLimit-Limit", Integer.toString(this.limit));
			response.header("X-RateLimit-Remaining", Integer.toString(this.remaining));
			if (!this.allowed) {
				response.header("Retry-After", Long.toString(this.retryAfterSeconds));
				response.header("X-RateLimit-Reset", Long.toString(this.resetEpochSecond));
			}
		}

	}

	private static final class Window {

		private final long resetsAtMillis;

		private int hits;

		private Window(long resetsAtMillis) {
			this.resetsAtMillis = resetsAtMillis;
		}

	}

}
