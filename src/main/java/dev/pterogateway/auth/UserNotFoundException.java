package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No gateway user has that id.
 */
public class UserNotFoundException extends ErrorResponseException {

	UserNotFoundException(long userId) {
		super(HttpStatus.NOT_FOUND, problem(userId), null);
	}

	private static ProblemDetail problem(long userId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No user with id %d.".formatted(userId));
		problem.setProperty("code", "user_not_found");
		return problem;
	}

}
