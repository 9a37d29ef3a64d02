package dev.pterogateway.simulator;

/**
 * A panel API key: a 16-character identifier ({@code ptlc_}/{@code ptla_} + 11) and a
 * 32-character secret, sent concatenated.
 *
 * @param identifier the public 16-character part
 * @param secret the 32-character secret
 * @param userId the owning user
 */
record ApiKey(String identifier, String secret, int userId) {

	static final String CLIENT_PREFIX = "ptlc_";

	static final String APPLICATION_PREFIX = "ptla_";

	String token() {
		return this.identifier + this.secret;
	}

	boolean isApplicationKey() {
		return this.identifier.startsWith(APPLICATION_PREFIX);
	}

}
