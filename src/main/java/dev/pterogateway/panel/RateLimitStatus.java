package dev.pterogateway.panel;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a panel last told us about its rate limit for one API (the {@code X-RateLimit-*}
 * headers of its latest answer). The panel counts per panel account, so every key of the
 * account shares it: 720 calls a minute on the client API and 240 on the application API
 * by default.
 *
 * @param api the API
 * @param limit calls allowed per minute, or {@code null} before the first answer
 * @param remaining calls left in the current minute, or {@code null} before the first
 * answer
 * @param blockedUntil until when the panel refuses calls after a 429, or {@code null}
 * @param readAt when {@code remaining} was read, or {@code null} before the first answer;
 * the panel's window lasts a minute, so a reading older than that says nothing about the
 * current one
 */
public record RateLimitStatus(PanelApi api, @Nullable Integer limit, @Nullable Integer remaining,
		@Nullable Instant blockedUntil, @Nullable Instant readAt) {

	/** How long the panel's rate-limit window lasts (Laravel's, not configurable). */
	public static final Duration WINDOW = Duration.ofMinutes(1);

	static RateLimitStatus unknown(PanelApi api) {
		return new RateLimitStatus(api, null, null, null, null);
	}

	/**
	 * The calls left in the panel's current window, if read within the last minute: once
	 * the window that reading came from has passed, it no longer applies.
	 * @param now the time
	 * @return the calls left, or {@code null} when unknown or stale
	 */
	public @Nullable Integer remainingAt(Instant now) {
		if (this.remaining == null || this.readAt == null || !this.readAt.plus(WINDOW).isAfter(now)) {
			return null;
		}
		return this.remaining;
	}

	/**
	 * Whether the panel still refuses calls at the given time.
	 * @param now the time
	 * @return {@code true} while blocked
	 */
	public boolean blockedAt(Instant now) {
		return this.blockedUntil != null && now.isBefore(this.blockedUntil);
	}

	RateLimitStatus withCounts(@Nullable Integer limit, @Nullable Integer remaining, Instant at) {
		return new RateLimitStatus(this.api, (limit != null) ? limit : this.limit,
				(remaining != null) ? remaining : this.remaining, this.blockedUntil,
				(remaining != null) ? at : this.readAt);
	}

	RateLimitStatus withBlockedUntil(@Nullable Instant blockedUntil) {
		return new RateLimitStatus(this.api, this.limit, this.remaining, blockedUntil, this.readAt);
	}

}
