package dev.pterogateway.server;

import java.time.Clock;
import java.util.Map;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Writes the audit records of server creation and resize: one per call, with the outcome
 * and, for a failure, the problem code or the panel's error. Never a password.
 */
@Component
class ServerCreationAudit {

	private final AuditTrail trail;

	private final Clock clock;

	ServerCreationAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	void success(Caller caller, String action, ServerRef server, String detail, String address) {
		record(caller, action, server, AuditOutcome.SUCCESS, detail, address);
	}

	/**
	 * Records a call that failed: {@code DENIED} when the caller was not allowed (403, or
	 * 409 {@code exceeds_tariff}), else {@code FAILURE}.
	 */
	void failure(Caller caller, String action, @Nullable ServerRef server, RuntimeException failure, String address) {
		String code = codeOf(failure);
		AuditOutcome outcome = (isStatus(failure, HttpStatus.FORBIDDEN) || "exceeds_tariff".equals(code))
				? AuditOutcome.DENIED : AuditOutcome.FAILURE;
		record(caller, action, server, outcome, code, address);
	}

	private void record(Caller caller, String action, @Nullable ServerRef server, AuditOutcome outcome, String detail,
			String address) {
		this.trail.record(new AuditRecord(this.clock.instant(), caller.email(), caller.method().value(), action,
				(server != null) ? server.panel() : null, (server != null) ? server.identifier() : null, null, outcome,
				detail, address));
	}

	private static boolean isStatus(RuntimeException failure, HttpStatus status) {
		return failure instanceof ErrorResponseException problem && problem.getStatusCode().value() == status.value();
	}

	/** Our problem code, or what the panel answered. */
	static String codeOf(RuntimeException failure) {
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
