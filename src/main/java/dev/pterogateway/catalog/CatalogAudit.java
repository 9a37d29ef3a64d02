package dev.pterogateway.catalog;

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
 * Writes the audit records of catalog changes ({@code catalog.tariff.create},
 * {@code catalog.os_template.delete} …) with the administrator as actor.
 */
@Component
class CatalogAudit {

	private final AuditTrail trail;

	private final Clock clock;

	CatalogAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	void success(Caller caller, String action, String target, String detail, String address) {
		record(caller, action, target, AuditOutcome.SUCCESS, detail, address);
	}

	/**
	 * Records a change that failed.
	 * @param failure what went wrong: its problem code (or the panel's error) is the
	 * detail
	 */
	void failure(Caller caller, String action, @Nullable String target, RuntimeException failure, String address) {
		record(caller, action, target, AuditOutcome.FAILURE, codeOf(failure), address);
	}

	private static String codeOf(RuntimeException failure) {
		if (failure instanceof ErrorResponseException problem) {
			Map<String, Object> properties = problem.getBody().getProperties();
			Object code = (properties != null) ? properties.get("code") : null;
			return (code != null) ? code.toString() : "status_" + problem.getStatusCode().value();
		}
		if (failure instanceof PanelException panel) {
			return "panel " + panel.panel() + ": " + panel.getClass().getSimpleName();
		}
		return failure.getClass().getSimpleName();
	}

	private void record(Caller caller, String action, @Nullable String target, AuditOutcome outcome, String detail,
			String address) {
		this.trail.record(new AuditRecord(this.clock.instant(), caller.email(), caller.method().value(), action, null,
				null, target, outcome, detail, address));
	}

}
