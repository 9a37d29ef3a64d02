package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Registration with an e-mail that already has a user.
 */
class EmailTakenException extends ErrorResponseException {

	EmailTakenException() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A user with this e-mail already exists.");
		problem.setProperty("code", "email_taken");
		return problem;
	}

}
