package dev.pterogateway.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audited action: who did what to which target, with what outcome. Never carries a
 * secret.
 *
 * @param occurredAt when it happened
 * @param actor who did it (a gateway user's e-mail, or {@code anonymous})
 * @param authMethod how the actor authenticated ({@code jwt}, {@code api_key},
 * {@code password}), if known
 * @param action what was done, a stable dotted name such as {@code server.power.start}
 * @param panel the panel of the target server, if any
 * @param identifier the target server's identifier, if any
 * @param target any other target (a user id, an API key prefix), if any
 * @param outcome how it ended
 * @param detail one short sentence, if useful
 * @param clientAddress the caller's address, if known
 */
public record AuditRecord(Instant occurredAt, String actor, @Nullable String authMethod, String action,
		@Nullable String panel, @Nullable String identifier, @Nullable String target, AuditOutcome outcome,
		@Nullable String detail, @Nullable String clientAddress) {

}
