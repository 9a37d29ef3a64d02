package dev.pterogateway.snapshot;

import dev.pterogateway.server.ServerRef;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Server already has a backup of that name; snapshot names are unique per server so that
 * rollback and delete can name one.
 */
public class SnapshotExistsException extends ErrorResponseException {

	public SnapshotExistsException(ServerRef server, String snapname) {
		super(HttpStatus.CONFLICT, problem(server, snapname), null);
	}

	private static ProblemDetail problem(ServerRef server, String snapname) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Server '%s' already has a snapshot named '%s'.".formatted(server, snapname));
		problem.setProperty("code", "snapshot_exists");
		return problem;
	}

}
