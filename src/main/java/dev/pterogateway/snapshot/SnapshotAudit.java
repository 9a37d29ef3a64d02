package dev.pterogateway.snapshot;

import java.time.Clock;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.server.AuditDetail;
import dev.pterogateway.server.ServerNotFoundException;
import dev.pterogateway.server.ServerRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes the audit records of snapshot actions ({@code snapshot.create},
 * {@code snapshot.rollback}, {@code snapshot.delete}): the server, the snapshot name as
 * target, and on failure the problem code or the panel's answer in one line.
 */
@Component
class SnapshotAudit {

	private final AuditTrail trail;

	private final Clock clock;

	SnapshotAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	void success(Caller caller, String clientAddress, String action, ServerRef server, String snapname) {
		record(caller, clientAddress, action, server, snapname, AuditOutcome.SUCCESS, null);
	}

	/**
	 * Records a failed action. A server the caller may not see is {@code DENIED};
	 * anything else is a {@code FAILURE}.
	 */
	void failure(Caller caller, String clientAddress, String action, ServerRef server, String snapname,
			RuntimeException error) {
		AuditOutcome outcome = (error instanceof ServerNotFoundException) ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
		record(caller, clientAddress, action, server, snapname, outcome, describe(error));
	}

	private void record(Caller caller, String clientAddress, String action, ServerRef server, String snapname,
			AuditOutcome outcome, @Nullable String detail) {
		this.trail.record(new AuditRecord(this.clock.instant(), caller.email(), caller.method().value(), action,
				server.panel(), server.identifier(), snapname, outcome, detail, clientAddress));
	}

	static String describe(RuntimeException error) {
		return AuditDetail.of(error);
	}

}
