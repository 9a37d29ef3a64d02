package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The change would leave the gateway without an enabled administrator.
 */
class LastAdminException extends ErrorResponseException {

	LastAdminException() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This is the last enabled administrator; make another user an administrator first.");
		problem.setProperty("code", "last_admin");
		return problem;
	}

}
