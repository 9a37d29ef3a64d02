package dev.pterogateway.server;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A command's wait for output is not positive or longer than the gateway allows. */
public class OutputWaitOutOfRangeException extends ErrorResponseException {

	public OutputWaitOutOfRangeException(Duration wait, Duration longest) {
		super(HttpStatus.BAD_REQUEST, problem(wait, longest), null);
	}

	private static ProblemDetail problem(Duration wait, Duration longest) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The wait for output must be more than 0 and at most %d ms, not %d ms.".formatted(longest.toMillis(),
						wait.toMillis()));
		problem.setProperty("code", "invalid_output_wait");
		return problem;
	}

}
