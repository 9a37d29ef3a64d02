package dev.pterogateway.auth;

/**
 * The tokens a login or refresh hands out.
 *
 * @param accessToken the JWT to send as {@code Authorization: Bearer …}
 * @param refreshToken the opaque token for {@code POST /api/auth/refresh}, valid once
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

	@Override
	public String toString() {
		return "TokenPair[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + "]";
	}

}
