package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as received, before routing and authentication.
 *
 * @param method the method
 * @param path the path
 * @param rawQuery the raw query string, empty if none
 * @param authorization the {@code Authorization} header
 * @param contentType the {@code Content-Type} header
 * @param body the body, empty if none
 */
record IncomingRequest(String method, String path, String rawQuery, @Nullable String authorization,
		@Nullable String contentType, String body) {

	String pathAndQuery() {
		return this.rawQuery.isEmpty() ? this.path : this.path + "?" + this.rawQuery;
	}

	/** The bearer token, if the header carries one. */
	@Nullable String bearerToken() {
		if (this.authorization == null || this.authorization.length() < 7
				|| !this.authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return this.authorization.substring(7).trim();
	}

	/** The key identifier (first 16 characters), safe to record; never the secret. */
	@Nullable String keyIdentifier() {
		String token = bearerToken();
		return (token != null && token.length() >= 16) ? token.substring(0, 16) : null;
	}

}
