package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps websocket token requests per server under the panel's throttle (a sliding
 * window), so that a flapping connection backs off instead of being refused with 429.
 */
final class TokenThrottle {

	private final int limit;

	private final Duration period;

	private final Clock clock;

	private final Map<String, Deque<Instant>> requests = new HashMap<>();

	TokenThrottle(int limit, Duration period, Clock clock) {
		this.limit = limit;
		this.period = period;
		this.clock = clock;
	}

	/**
	 * Takes a slot for a token request if one is free.
	 * @param server the server, as {@code panel:identifier}
	 * @return zero if the request may go now (the slot is taken), otherwise how long to
	 * wait before asking again
	 */
	synchronized Duration acquire(String server) {
		Instant now = this.clock.instant();
		Deque<Instant> recent = this.requests.computeIfAbsent(server, (key) -> new ArrayDeque<>());
		while (!recent.isEmpty() && !recent.peekFirst().plus(this.period).isAfter(now)) {
			recent.removeFirst();
		}
		if (recent.size() < this.limit) {
			recent.addLast(now);
			return Duration.ZERO;
		}
		return Duration.between(now, recent.peekFirst().plus(this.period));
	}

}
