package dev.pterogateway.auth;

import java.time.Clock;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes the audit records of account events. Never given a password, token or key: a key
 * appears only as {@code api_key:<prefix>}.
 */
@Component
class AuthAudit {

	/** How a login authenticates, in the audit log's {@code auth_method}. */
	static final String PASSWORD = "password";

	/** How a refresh authenticates, in the audit log's {@code auth_method}. */
	static final String REFRESH_TOKEN = "refresh_token";

	private final AuditTrail trail;

	private final Clock clock;

	AuthAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	void success(Caller caller, String action, @Nullable String target, String clientAddress) {
		record(caller.email(), caller.method().value(), action, target, AuditOutcome.SUCCESS, null, clientAddress);
	}

	void record(String actor, @Nullable String method, String action, @Nullable String target, AuditOutcome outcome,
			@Nullable String detail, @Nullable String clientAddress) {
		this.trail.record(new AuditRecord(this.clock.instant(), actor, method, action, null, null, target, outcome,
				detail, clientAddress));
	}

}
