package dev.pterogateway.monitor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No alert with that id that the caller may see (404 {@code alert_not_found}).
 */
class AlertNotFoundException extends ErrorResponseException {

	AlertNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No alert " + id + ".");
		problem.setProperty("code", "alert_not_found");
		return problem;
	}

}
