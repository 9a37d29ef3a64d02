package dev.pterogateway.snapshot;

import dev.pterogateway.server.ServerRef;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The panel failed to make the snapshot, so there is nothing sound to restore. The panel
 * itself would accept the restore; the gateway refuses it rather than let Wings restore a
 * broken archive.
 */
public class SnapshotFailedException extends ErrorResponseException {

	public SnapshotFailedException(ServerRef server, String snapname) {
		super(HttpStatus.CONFLICT, problem(server, snapname), null);
	}

	private static ProblemDetail problem(ServerRef server, String snapname) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Snapshot '%2$s' of server '%1$s' failed, so it cannot be restored; delete it and take another."
					.formatted(server, snapname));
		problem.setProperty("code", "snapshot_failed");
		return problem;
	}

}
