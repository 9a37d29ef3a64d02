package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.RateLimitStatus;

/**
 * How many calls the monitor may send to one API of a panel. Over any minute it spends at
 * most its share of the panel's limit (what {@link RequestLedger#committed} says is
 * taken: what it sent in the last minute, tokens and listings included, and the tokens
 * its streams will request), never drives the panel's {@code X-RateLimit-Remaining} into
 * the part left for everything else (a reading older than the panel's one-minute window
 * is disregarded: that window has reset), and sends nothing while the panel said to back
 * off. A sweep spends its pro-rata part of the minute's share, so that the calls spread
 * over the minute.
 */
final class PollBudget {

	/** Pterodactyl's default client-API limit per minute, until the panel tells us. */
	static final int DEFAULT_CLIENT_LIMIT = 720;

	/** Pterodactyl's default application-API limit per minute. */
	static final int DEFAULT_APPLICATION_LIMIT = 240;

	private PollBudget() {
	}

	/**
	 * Calls the monitor may still send now.
	 * @param status what the panel last said about the API's limit
	 * @param share the monitor's share of the limit
	 * @param spent calls the monitor's open windows already hold (see
	 * {@link RequestLedger#committed})
	 * @param now the time
	 * @return the calls, at least zero
	 */
	static int available(RateLimitStatus status, double share, int spent, Instant now) {
		if (status.blockedAt(now)) {
			return 0;
		}
		int limit = limit(status);
		int left = (int) Math.floor(limit * share) - spent;
		Integer remaining = status.remainingAt(now);
		if (remaining != null) {
			left = Math.min(left, remaining - (int) Math.ceil(limit * (1 - share)));
		}
		return Math.max(0, left);
	}

	/**
	 * One sweep's part of the minute's share: {@code limit × share × interval / 1 min},
	 * at least one.
	 * @param status what the panel last said about the API's limit
	 * @param share the monitor's share of the limit
	 * @param interval the sweep interval
	 * @return the calls
	 */
	static int paced(RateLimitStatus status, double share, Duration interval) {
		return Math.max(1, (int) Math
			.floor(limit(status) * share * interval.toMillis() / (double) RateLimitStatus.WINDOW.toMillis()));
	}

	/**
	 * Calls one sweep may send: its paced part, within what is available; a single call
	 * (that tells the limit) while the panel's limit is not known yet.
	 * @param status what the panel last said about the API's limit
	 * @param share the monitor's share of the limit
	 * @param interval the sweep interval
	 * @param spent calls the monitor's open windows already hold (see
	 * {@link RequestLedger#committed})
	 * @param now the time
	 * @return the calls
	 */
	static int perSweep(RateLimitStatus status, double share, Duration interval, int spent, Instant now) {
		int paced = (status.limit() != null) ? paced(status, share, interval) : 1;
		return Math.min(paced, available(status, share, spent, now));
	}

	static int limit(RateLimitStatus status) {
		if (status.limit() != null && status.limit() > 0) {
			return status.limit();
		}
		return (status.api() == PanelApi.APPLICATION) ? DEFAULT_APPLICATION_LIMIT : DEFAULT_CLIENT_LIMIT;
	}

}
