package dev.pterogateway.auth;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Too many failed logins for the account or from the client address. The same answer is
 * given whether or not the account exists.
 */
class LoginThrottledException extends ErrorResponseException {

	LoginThrottledException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed logins; try again later.");
		problem.setProperty("code", "login_throttled");
		return problem;
	}

	/** Whole seconds, rounded up, at least one. */
	static long seconds(Duration duration) {
		long seconds = duration.toSeconds();
		return (duration.toNanosPart() > 0 || seconds == 0) ? seconds + 1 : seconds;
	}

}
