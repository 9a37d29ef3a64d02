package dev.pterogateway.snapshot;

import dev.pterogateway.server.ServerRef;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The snapshot is still being made, so it cannot be restored yet (the panel would answer
 * 400 BadRequest).
 */
public class SnapshotNotReadyException extends ErrorResponseException {

	public SnapshotNotReadyException(ServerRef server, String snapname) {
		super(HttpStatus.CONFLICT, problem(server, snapname), null);
	}

	private static ProblemDetail problem(ServerRef server, String snapname) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Snapshot '%2$s' of server '%1$s' is still being made; roll back once it has completed."
					.formatted(server, snapname));
		problem.setProperty("code", "snapshot_not_ready");
		return problem;
	}

}
