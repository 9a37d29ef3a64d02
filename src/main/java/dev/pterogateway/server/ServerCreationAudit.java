package dev.pterogateway.server;

import java.time.Clock;
import java.util.Map;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Writes the audit records of server creation ({@code server.create}): one per call, with
 * the outcome and, for a failure, the problem code or the panel's error. Never a
 * password. (Changes to an existing server are audited by {@link ServerActions}.)
 */
@Component
class ServerCreationAudit {

	private final AuditTrail trail;

	private final Clock clock;

	ServerCreationAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	void success(Caller caller, ServerRef server, String detail, String address) {
		record(caller, server, AuditOutcome.SUCCESS, detail, address);
	}

	void failure(Caller caller, RuntimeException failure, String address) {
		record(caller, null, AuditOutcome.FAILURE, codeOf(failure), address);
	}

	private void record(Caller caller, @Nullable ServerRef server, AuditOutcome outcome, String detail,
			String address) {
		this.trail.record(new AuditRecord(this.clock.instant(), caller.email(), caller.method().value(),
				"server.create", (server != null) ? server.panel() : null,
				(server != null) ? server.identifier() : null, null, outcome, detail, address));
	}

	/** Our problem code, or what the panel answered. */
	private static String codeOf(RuntimeException failure) {
		if (failure instanceof ErrorResponseException problem) {
			Map<String, Object> properties = problem.getBody().getProperties();
			Object code = (properties != null) ? properties.get("code") : null;
			return (code != null) ? code.toString() : "HTTP " + problem.getStatusCode().value();
		}
		if (failure instanceof PanelException panel) {
			String code = (panel.panelCode() != null) ? panel.panelCode() : panel.getClass().getSimpleName();
			return "panel " + panel.panel() + ": " + code;
		}
		return failure.getClass().getSimpleName();
	}

}
