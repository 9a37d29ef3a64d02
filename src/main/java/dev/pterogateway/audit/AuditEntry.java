package dev.pterogateway.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stored audit event, as administrators read it.
 *
 * @param id the event's id, increasing in write order
 * @param occurredAt when it happened
 * @param actor who did it (a gateway user's e-mail, or {@code anonymous})
 * @param authMethod how the actor authenticated, if known
 * @param action what was done, such as {@code auth.login}
 * @param panel the panel of the target server, if any
 * @param identifier the target server's identifier, if any
 * @param target any other target, if any
 * @param outcome how it ended
 * @param detail one short sentence, if any
 * @param clientAddress the caller's address, if known
 */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable String authMethod, String action,
		@Nullable String panel, @Nullable String identifier, @Nullable String target, AuditOutcome outcome,
		@Nullable String detail, @Nullable String clientAddress) {

	static AuditEntry of(long id, AuditRecord record) {
		return new AuditEntry(id, record.occurredAt(), record.actor(), record.authMethod(), record.action(),
				record.panel(), record.identifier(), record.target(), record.outcome(), record.detail(),
				record.clientAddress());
	}

}
