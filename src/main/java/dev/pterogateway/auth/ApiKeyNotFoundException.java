package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller has no active API key with that prefix.
 */
class ApiKeyNotFoundException extends ErrorResponseException {

	ApiKeyNotFoundException(String prefix) {
		super(HttpStatus.NOT_FOUND, problem(prefix), null);
	}

	private static ProblemDetail problem(String prefix) {
		String shown = (prefix.length() <= ApiKeyToken.PREFIX_LENGTH) ? prefix
				: prefix.substring(0, ApiKeyToken.PREFIX_LENGTH);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"You have no active API key with prefix '%s'.".formatted(shown));
		problem.setProperty("code", "api_key_not_found");
		return problem;
	}

}
