package dev.pterogateway.panel;

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
 */
public record RateLimitStatus(PanelApi api, @Nullable Integer limit, @Nullable Integer remaining,
		@Nullable Instant blockedUntil) {

	static RateLimitStatus unknown(PanelApi api) {
		return new RateLimitStatus(api, null, null, null);
	}

	/**
	 * Whether the panel still refuses calls at the given time.
	 * @param now the time
	 * @return {@code true} while blocked
	 */
	public boolean blockedAt(Instant now) {
		return this.blockedUntil != null && now.isBefore(this.blockedUntil);
	}

	RateLimitStatus withCounts(@Nullable Integer limit, @Nullable Integer remaining) {
		return new RateLimitStatus(this.api, (limit != null) ? limit : this.limit,
				(remaining != null) ? remaining : this.remaining, this.blockedUntil);
	}

	RateLimitStatus withBlockedUntil(@Nullable Instant blockedUntil) {
		return new RateLimitStatus(this.api, this.limit, this.remaining, blockedUntil);
	}

}
