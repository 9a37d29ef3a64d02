package dev.pterogateway.auth;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a caller authenticated this request; serialised as {@code jwt} or {@code api_key}.
 */
public enum AuthMethod {

	/** A JWT access token from {@code /api/auth/login} or {@code /api/auth/refresh}. */
	@JsonProperty("jwt")
	JWT,

	/** A long-lived {@code pgw_} API key. */
	@JsonProperty("api_key")
	API_KEY;

	/**
	 * The name used in JSON and in the audit log.
	 * @return {@code jwt} or {@code api_key}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
