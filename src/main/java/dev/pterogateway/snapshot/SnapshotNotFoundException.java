package dev.pterogateway.snapshot;

import dev.pterogateway.server.ServerRef;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The server has no backup of that name.
 */
public class SnapshotNotFoundException extends ErrorResponseException {

	public SnapshotNotFoundException(ServerRef server, String snapname) {
		super(HttpStatus.NOT_FOUND, problem(server, snapname), null);
	}

	private static ProblemDetail problem(ServerRef server, String snapname) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Server '%s' has no snapshot named '%s'.".formatted(server, snapname));
		problem.setProperty("code", "snapshot_not_found");
		return problem;
	}

}
