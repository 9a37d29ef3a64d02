package dev.pterogateway.server;

import java.time.Clock;
import java.util.function.Function;

import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.audit.AuditRecord;
import dev.pterogateway.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Carries out a change on one server the way every mutating endpoint must: resolve the
 * server through the ownership rule (someone else's server is not found), do the work,
 * and record one audit event with the outcome, whether it succeeded, failed or was
 * refused.
 */
@Component
class ServerActions {

	private final ServerAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	ServerActions(ServerAccess access, AuditTrail audit, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Resolves the server, does the work and audits the outcome; failures propagate
	 * unchanged.
	 * @param <T> the result type
	 * @param action the action
	 * @param work the work, given the resolved server
	 * @return what the work returned
	 */
	<T> T perform(ServerAction action, Function<DirectoryEntry, T> work) {
		DirectoryEntry entry = null;
		try {
			entry = this.access.resolve(action.ref(), action.caller());
			T result = work.apply(entry);
			record(action, entry, AuditOutcome.SUCCESS, action.detail());
			return result;
		}
		catch (RuntimeException ex) {
			record(action, entry, outcomeOf(ex), AuditDetail.of(ex));
			throw ex;
		}
	}

	/**
	 * Checks that the caller may act on the server without acting; only a refusal is
	 * audited ({@code DENIED}, without the action's detail), as {@link #perform} would.
	 * @param action the action asked for
	 * @throws ServerNotFoundException if the caller may not see such a server
	 */
	void authorize(ServerAction action) {
		try {
			this.access.resolve(action.ref(), action.caller());
		}
		catch (ServerNotFoundException ex) {
			record(action, null, AuditOutcome.DENIED, AuditDetail.of(ex));
			throw ex;
		}
	}

	private void record(ServerAction action, @Nullable DirectoryEntry entry, AuditOutcome outcome,
			@Nullable String detail) {
		ServerRef ref = (entry != null) ? entry.ref() : action.ref();
		this.audit
			.record(new AuditRecord(this.clock.instant(), action.caller().email(), action.caller().method().value(),
					action.name(), ref.panel(), ref.identifier(), null, outcome, detail, action.clientAddress()));
	}

	/**
	 * A server the caller may not see, and an action the caller may not take, are
	 * {@code DENIED}; anything else is a {@code FAILURE}.
	 */
	private static AuditOutcome outcomeOf(RuntimeException ex) {
		if (ex instanceof ServerNotFoundException) {
			return AuditOutcome.DENIED;
		}
		if (ex instanceof ErrorResponseException response
				&& response.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
			return AuditOutcome.DENIED;
		}
		return AuditOutcome.FAILURE;
	}

}
