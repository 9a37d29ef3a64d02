package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits each authenticated caller to so many REST calls per minute (administrators have
 * their own limit): each user's bucket is refilled in full a minute after its last
 * refill, so the limit is exactly the configured number per minute. Every answer says
 * what is left in {@code X-RateLimit-Remaining}.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	static final String LIMIT = "X-RateLimit-Limit";

	static final String REMAINING = "X-RateLimit-Remaining";

	private final RateLimitProperties properties;

	private final Map<BucketKey, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimitInterceptor(RateLimitProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
			return true;
		}
		int perMinute = this.properties.perMinute(caller.role());
		Bucket bucket = this.buckets.computeIfAbsent(new BucketKey(caller.userId(), perMinute),
				(key) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader(LIMIT, Integer.toString(perMinute));
		response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		return true;
	}

	/** A role change gives the user a bucket of the new size. */
	private record BucketKey(long userId, int perMinute) {

	}

}
