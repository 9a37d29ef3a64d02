package dev.pterogateway.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No OS template has that id: on a catalog path, or named by a server creation.
 */
public class OsTemplateNotFoundException extends ErrorResponseException {

	OsTemplateNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No OS template with id %d.".formatted(id));
		problem.setProperty("code", "unknown_os_template");
		return problem;
	}

}
