package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.RateLimitStatus;

import org.springframework.stereotype.Component;

/**
 * The calls the monitor sent to each panel over the last minute, per API: listings and
 * resource polls, which a sweep sends within its budget, and websocket tokens, which its
 * streams request on their own (reconnecting, renewing). A sliding minute covers every
 * one of the panel's fixed one-minute windows, so keeping it under the monitor's share
 * keeps every window under it; since tokens come on their own, their rate over the last
 * minute is reserved for the minute ahead.
 */
@Component
class RequestLedger {

	private final Clock clock;

	private final Map<String, Deque<Sent>> sent = new HashMap<>();

	RequestLedger(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Records calls a sweep sends now.
	 * @param panel the panel
	 * @param api the API they go to
	 * @param count how many
	 */
	void sent(String panel, PanelApi api, int count) {
		record(panel, api, count, false);
	}

	/**
	 * Records a websocket token request of a stream (a client-API call).
	 * @param panel the panel
	 */
	void tokenRequested(String panel) {
		record(panel, PanelApi.CLIENT, 1, true);
	}

	private synchronized void record(String panel, PanelApi api, int count, boolean token) {
		if (count > 0) {
			this.sent.computeIfAbsent(key(panel, api), (key) -> new ArrayDeque<>())
				.addLast(new Sent(this.clock.instant(), count, token));
		}
	}

	/**
	 * The calls sent within the last minute.
	 * @param panel the panel
	 * @param api the API
	 * @return how many
	 */
	synchronized int lastMinute(String panel, PanelApi api) {
		return recent(panel, api).stream().mapToInt(Sent::count).sum();
	}

	/**
	 * The most calls a one-minute window that is open now can end up with, counting the
	 * calls already sent in it and, for the rest of it, tokens at the rate of the last
	 * minute. A sweep may send the monitor's share minus this.
	 * @param panel the panel
	 * @param api the API
	 * @return the calls
	 */
	synchronized int committed(String panel, PanelApi api) {
		Deque<Sent> recent = recent(panel, api);
		double tokensPerMilli = recent.stream().filter(Sent::token).mapToInt(Sent::count).sum()
				/ (double) RateLimitStatus.WINDOW.toMillis();
		Instant windowStart = this.clock.instant().minus(RateLimitStatus.WINDOW);
		int after = recent.stream().mapToInt(Sent::count).sum();
		// a window that starts just before a call holds it, every later call, and the
		// tokens still to come until it ends
		double most = tokensPerMilli * RateLimitStatus.WINDOW.toMillis();
		for (Sent one : recent) {
			double ahead = tokensPerMilli * Duration.between(windowStart, one.at()).toMillis();
			most = Math.max(most, after + ahead);
			after -= one.count();
		}
		return (int) Math.ceil(most);
	}

	private Deque<Sent> recent(String panel, PanelApi api) {
		Deque<Sent> recent = this.sent.computeIfAbsent(key(panel, api), (key) -> new ArrayDeque<>());
		Instant oldest = this.clock.instant().minus(RateLimitStatus.WINDOW);
		while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(oldest)) {
			recent.removeFirst();
		}
		return recent;
	}

	private static String key(String panel, PanelApi api) {
		return panel + ":" + api.name();
	}

	private record Sent(Instant at, int count, boolean token) {

	}

}
