package dev.pterogateway.auth;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller used up their calls per minute.
 */
class RateLimitExceededException extends ErrorResponseException {

	RateLimitExceededException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottledException.seconds(retryAfter)));
		getHeaders().set(RateLimitInterceptor.REMAINING, "0");
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests; slow down and retry after the time in Retry-After.");
		problem.setProperty("code", "rate_limited");
		return problem;
	}

}
