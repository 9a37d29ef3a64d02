package dev.pterogateway.snapshot;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A delete named no snapshot, neither in its body nor as {@code ?snapname=}. Answers the
 * same {@code validation_failed} shape as an invalid body.
 */
public class SnapshotNameRequiredException extends ErrorResponseException {

	public SnapshotNameRequiredException() {
		super(HttpStatus.BAD_REQUEST, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid request: snapname: must be given in the body or as ?snapname=.");
		problem.setProperty("code", "validation_failed");
		problem.setProperty("fields",
				List.of(Map.of("field", "snapname", "message", "must be given in the body or as ?snapname=")));
		return problem;
	}

}
