package dev.pterogateway.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No server with that id exists, or the caller may not see it; both answer 404 so that
 * ids cannot be probed.
 */
public class ServerNotFoundException extends ErrorResponseException {

	public ServerNotFoundException(ServerRef ref) {
		super(HttpStatus.NOT_FOUND, problem(ref), null);
	}

	private static ProblemDetail problem(ServerRef ref) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No server '%s'.".formatted(ref));
		problem.setProperty("code", "server_not_found");
		return problem;
	}

}
