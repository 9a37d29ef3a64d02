package dev.pterogateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are stored: a {@link DelegatingPasswordEncoder} whose hashes name their
 * algorithm ({@code {bcrypt-sha256}…}), so a stronger one can take over later and old
 * hashes are upgraded at the next login.
 * <p>
 * The default is bcrypt over the SHA-256 of the password. BCrypt reads at most 72 bytes
 * (Spring Security rejects longer input), while we accept passwords of up to 128
 * characters; the base64 SHA-256 (44 bytes) keeps every character significant. Plain
 * {@code {bcrypt}} and PBKDF2 hashes are still verified and upgraded.
 */
final class PasswordHashing {

	static final String DEFAULT_ID = "bcrypt-sha256";

	private PasswordHashing() {
	}

	static PasswordEncoder encoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		return new DelegatingPasswordEncoder(DEFAULT_ID,
				Map.of(DEFAULT_ID, new Sha256BcryptPasswordEncoder(bcrypt), "bcrypt", bcrypt,
						"pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/**
	 * BCrypt of the base64 SHA-256 of the password.
	 */
	static final class Sha256BcryptPasswordEncoder extends AbstractValidatingPasswordEncoder {

		private final BCryptPasswordEncoder bcrypt;

		Sha256BcryptPasswordEncoder(BCryptPasswordEncoder bcrypt) {
			this.bcrypt = bcrypt;
		}

		@Override
		protected String encodeNonNullPassword(String rawPassword) {
			return this.bcrypt.encode(prehash(rawPassword));
		}

		@Override
		protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
			return this.bcrypt.matches(prehash(rawPassword), encodedPassword);
		}

		@Override
		protected boolean upgradeEncodingNonNull(String encodedPassword) {
			return this.bcrypt.upgradeEncoding(encodedPassword);
		}

		private static String prehash(String rawPassword) {
			return Base64.getEncoder().encodeToString(TokenDigest.sha256(rawPassword.getBytes(StandardCharsets.UTF_8)));
		}

	}

}
