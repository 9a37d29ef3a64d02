package dev.pterogateway.monitor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A history query whose range or step makes no sense (400 {@code invalid_history_range}).
 */
class InvalidHistoryRangeException extends ErrorResponseException {

	InvalidHistoryRangeException(String detail) {
		super(HttpStatus.BAD_REQUEST, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("code", "invalid_history_range");
		return problem;
	}

}
