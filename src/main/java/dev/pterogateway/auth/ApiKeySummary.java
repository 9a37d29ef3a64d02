package dev.pterogateway.auth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API key as listed to its owner: never the key itself.
 *
 * @param name the owner's name for the key
 * @param prefix the 8-character prefix that identifies the key (used to revoke it)
 * @param maskedKey the key with its secret elided, such as {@code pgw_abcd1234…}
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a call (updated at most once a minute)
 * @param expiresAt when it stops working, if ever
 */
public record ApiKeySummary(String name, String prefix, String maskedKey, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant expiresAt) {

}
