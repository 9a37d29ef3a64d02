package dev.pterogateway.auth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A key just created: the only time the full key is shown.
 *
 * @param apiKey the full key, to send as {@code Authorization: Bearer <apiKey>}
 * @param prefix the prefix that identifies the key afterwards
 * @param name the key's name
 * @param expiresAt when it stops working, if ever
 */
record CreatedApiKey(String apiKey, String prefix, String name, @Nullable Instant expiresAt) {

	@Override
	public String toString() {
		return "CreatedApiKey[prefix=" + this.prefix + ", name=" + this.name + ", expiresAt=" + this.expiresAt + "]";
	}

}
