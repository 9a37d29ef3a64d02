package dev.pterogateway.monitor;

import java.time.Clock;
import java.util.List;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.Ownership;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerAccess;
import dev.pterogateway.server.ServerRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Lists and acknowledges alerts. Users see the alerts of servers they own; administrators
 * see all, panel alerts included. An alert the caller may not see does not exist for them
 * (404).
 */
@Service
class AlertService {

	private final AlertRepository alerts;

	private final ServerAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	AlertService(AlertRepository alerts, ServerAccess access, AuditTrail audit, Clock clock) {
		this.alerts = alerts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	List<Alert> list(Caller caller, @Nullable String server, @Nullable AlertLevel level, @Nullable Boolean open,
			int limit) {
		String panel = null;
		String identifier = null;
		if (server != null) {
			DirectoryEntry entry = this.access.resolve(ServerRef.parse(server), caller);
			panel = entry.panel();
			identifier = entry.identifier();
		}
		AlertFilter filter = new AlertFilter(panel, identifier, level, open, limit);
		return this.alerts.search(filter, caller.isAdmin() ? null : caller.panelAccounts());
	}

	Alert acknowledge(long id, Caller caller, String clientAddress) {
		Alert alert = this.alerts.find(id).filter((found) -> mayAccess(caller, found)).orElse(null);
		if (alert == null) {
			record(caller, "alert.ack", null, null, String.valueOf(id), AuditOutcome.FAILURE, "alert_not_found",
					clientAddress);
			throw new AlertNotFoundException(id);
		}
		Alert acknowledged = this.alerts.acknowledge(id, caller.email(), this.clock.instant());
		record(caller, "alert.ack", alert.panel(), alert.serverId(), String.valueOf(id), AuditOutcome.SUCCESS, null,
				clientAddress);
		return acknowledged;
	}

	private static boolean mayAccess(Caller caller, Alert alert) {
		if (caller.isAdmin()) {
			return true;
		}
		return alert.serverId() != null && alert.ownerId() != null
				&& Ownership.mayAccess(caller, alert.panel(), alert.ownerId());
	}

	private void record(Caller caller, String action, @Nullable String panel, @Nullable String identifier,
			String target, AuditOutcome outcome, @Nullable String detail, String clientAddress) {
		this.audit.record(new AuditRecord(this.clock.instant(), caller.email(), caller.method().value(), action, panel,
				identifier, target, outcome, detail, clientAddress));
	}

}
