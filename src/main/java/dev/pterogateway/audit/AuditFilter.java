package dev.pterogateway.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which audit events to read; absent criteria match everything.
 *
 * @param actor the actor's e-mail, matched exactly (case-insensitive)
 * @param action the action, matched exactly, or by prefix when it ends with {@code *}
 * (such as {@code auth.*})
 * @param since the earliest time, inclusive
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable Instant since) {

}
