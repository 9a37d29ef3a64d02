package dev.pterogateway.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as given to its owner: {@code pgw_}, an 8-character prefix of lower-case
 * letters and digits that finds the key, then a secret of at least 32 letters and digits
 * of which only a SHA-256 is stored.
 *
 * @param prefix the 8-character prefix
 * @param secret the secret part
 */
record ApiKeyToken(String prefix, String secret) {

	static final String SCHEME = "pgw_";

	static final int PREFIX_LENGTH = 8;

	static final int SECRET_LENGTH = 40;

	private static final Pattern FORM = Pattern
		.compile(SCHEME + "(?<prefix>[a-z0-9]{" + PREFIX_LENGTH + "})(?<secret>[A-Za-z0-9]{32,128})");

	private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	/**
	 * A new random key.
	 * @return the key
	 */
	static ApiKeyToken generate() {
		return new ApiKeyToken(TokenDigest.randomText(PREFIX_LENGTH, PREFIX_ALPHABET),
				TokenDigest.randomAlphanumeric(SECRET_LENGTH));
	}

	/**
	 * Reads a key presented by a client.
	 * @param value what the client sent
	 * @return the key, or empty when the value does not have the key's form
	 */
	static Optional<ApiKeyToken> parse(String value) {
		Matcher matcher = FORM.matcher(value);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new ApiKeyToken(matcher.group("prefix"), matcher.group("secret")));
	}

	/**
	 * Whether a bearer token looks like an API key rather than a JWT.
	 * @param value the bearer token
	 * @return whether it starts with {@code pgw_}
	 */
	static boolean looksLikeApiKey(String value) {
		return value.startsWith(SCHEME);
	}

	/**
	 * How a key is shown after creation.
	 * @param prefix the key's prefix
	 * @return {@code pgw_<prefix>…}
	 */
	static String mask(String prefix) {
		return SCHEME + prefix + "…";
	}

	String secretHash() {
		return TokenDigest.sha256Hex(this.secret);
	}

	/**
	 * The full key, to hand to its owner once.
	 * @return {@code pgw_<prefix><secret>}
	 */
	String value() {
		return SCHEME + this.prefix + this.secret;
	}

	@Override
	public String toString() {
		return mask(this.prefix);
	}

}
