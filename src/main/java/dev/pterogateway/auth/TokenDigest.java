package dev.pterogateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Digests and random text for high-entropy secrets (API keys, refresh tokens). A fast
 * hash is right for them: unlike passwords they cannot be guessed, so only a leak of the
 * database matters, and SHA-256 does not reveal them.
 */
final class TokenDigest {

	private static final SecureRandom random = new SecureRandom();

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private TokenDigest() {
	}

	/**
	 * The SHA-256 of a secret.
	 * @param secret the secret
	 * @return 64 lower-case hex characters
	 */
	static String sha256Hex(String secret) {
		return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The SHA-256 of some bytes (also the pre-hash of passwords).
	 * @param input the bytes
	 * @return the 32-byte digest
	 */
	static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * Compares two digests in constant time.
	 * @param expected the stored digest
	 * @param actual the digest of what was presented
	 * @return whether they are equal
	 */
	static boolean matches(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Random text from an alphabet, each character chosen uniformly.
	 * @param length how many characters
	 * @param alphabet the characters to choose from
	 * @return the text
	 */
	static String randomText(int length, String alphabet) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	/**
	 * Random letters and digits.
	 * @param length how many characters
	 * @return the text
	 */
	static String randomAlphanumeric(int length) {
		return randomText(length, ALPHANUMERIC);
	}

	/**
	 * Random bytes.
	 * @param length how many
	 * @return the bytes
	 */
	static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

}
