package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Registration is turned off ({@code ptero.auth.registration-enabled=false}).
 */
class RegistrationDisabledException extends ErrorResponseException {

	RegistrationDisabledException() {
		super(HttpStatus.FORBIDDEN, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Registration is turned off on this gateway; ask an administrator for an account.");
		problem.setProperty("code", "registration_disabled");
		return problem;
	}

}
