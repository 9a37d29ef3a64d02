package dev.pterogateway.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A user asked to delete a server they own, and owners may not delete
 * ({@code ptero.servers.owner-can-delete} is off). The server is the caller's own, so 403
 * reveals nothing.
 */
public class DeleteNotAllowedException extends ErrorResponseException {

	public DeleteNotAllowedException(ServerRef ref) {
		super(HttpStatus.FORBIDDEN, problem(ref), null);
	}

	private static ProblemDetail problem(ServerRef ref) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Only an administrator may delete server '%s'.".formatted(ref));
		problem.setProperty("code", "delete_not_allowed");
		return problem;
	}

}
