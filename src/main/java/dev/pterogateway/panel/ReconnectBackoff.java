package dev.pterogateway.panel;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter for reconnecting a Wings websocket: the wait doubles
 * per failed attempt up to a ceiling, and each wait is drawn between half of it and all
 * of it, so that many consoles dropped at once by a Wings restart do not come back in
 * lock step. Not thread-safe: the connection guards it.
 */
final class ReconnectBackoff {

	private final Duration first;

	private final Duration ceiling;

	private int attempts;

	ReconnectBackoff(Duration first, Duration ceiling) {
		this.first = first;
		this.ceiling = ceiling;
	}

	/**
	 * Counts a failed attempt.
	 * @return how long to wait before the next one
	 */
	Duration next() {
		this.attempts++;
		long base = this.first.toMillis() << Math.min(this.attempts - 1, 16);
		long capped = Math.min(base, this.ceiling.toMillis());
		return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
	}

	int attempts() {
		return this.attempts;
	}

	void reset() {
		this.attempts = 0;
	}

}
