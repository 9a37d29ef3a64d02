package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Base64;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and tokens ({@code ptero.auth.*}), the first administrator
 * ({@code ptero.admin.*}) and whether demo mode is active ({@code ptero.demo.active}, set
 * by the demo wiring).
 *
 * @param auth tokens, registration and login throttling
 * @param admin the administrator created at start-up when missing
 * @param demo demo mode, as set by the demo wiring
 */
@Validated
@ConfigurationProperties("ptero")
public record AuthProperties(@DefaultValue @Valid Auth auth, @DefaultValue Admin admin, @DefaultValue Demo demo) {

	/**
	 * @param registrationEnabled whether anyone may create an account with
	 * {@code POST /api/auth/register}
	 * @param accessTokenLifetime how long a JWT access token is valid
	 * @param refreshTokenLifetime how long a refresh token is valid
	 * @param jwtSecret base64 HMAC-SHA256 key of at least 32 bytes that signs access
	 * tokens; when unset, one is generated once and kept in the database
	 * @param issuer the {@code iss} claim of access tokens
	 * @param panelLinkTimeout longest time login and registration wait for the panels
	 * while linking panel accounts by e-mail
	 * @param loginThrottle how failed logins slow down and then block
	 */
	public record Auth(@DefaultValue("true") boolean registrationEnabled,
			@DefaultValue("15m") Duration accessTokenLifetime, @DefaultValue("30d") Duration refreshTokenLifetime,
			@Nullable String jwtSecret, @DefaultValue("ptero-gateway") @NotBlank String issuer,
			@DefaultValue("5s") Duration panelLinkTimeout, @DefaultValue @Valid LoginThrottle loginThrottle) {

		/** Least length of a configured JWT secret: HS256 needs a 256-bit key. */
		static final int MIN_SECRET_BYTES = 32;

		public Auth {
			if (jwtSecret != null && !jwtSecret.isBlank()) {
				decode(jwtSecret);
			}
		}

		@Override
		public String toString() {
			return "Auth[registrationEnabled=" + this.registrationEnabled + ", accessTokenLifetime="
					+ this.accessTokenLifetime + ", refreshTokenLifetime=" + this.refreshTokenLifetime + ", jwtSecret="
					+ ((this.jwtSecret != null) ? "******" : null) + ", issuer=" + this.issuer + ", panelLinkTimeout="
					+ this.panelLinkTimeout + ", loginThrottle=" + this.loginThrottle + "]";
		}

		/**
		 * The configured secret, decoded.
		 * @return the key bytes, or {@code null} when none is configured
		 */
		byte @Nullable [] jwtSecretBytes() {
			return (this.jwtSecret != null && !this.jwtSecret.isBlank()) ? decode(this.jwtSecret) : null;
		}

		// The messages never contain the secret itself.
		private static byte[] decode(String secret) {
			byte[] key;
			try {
				key = Base64.getDecoder().decode(secret.trim());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("ptero.auth.jwt-secret must be base64");
			}
			if (key.length < MIN_SECRET_BYTES) {
				throw new IllegalArgumentException("ptero.auth.jwt-secret must decode to at least " + MIN_SECRET_BYTES
						+ " bytes, it has " + key.length);
			}
			return key;
		}

	}

	/**
	 * Failed logins are counted per account e-mail and per client address within a
	 * sliding window: past the first threshold each answer is delayed (up to
	 * {@code maxDelay}), past the second the login answers 429 until the window lets
	 * attempts through again.
	 *
	 * @param accountDelayAfter failures of one e-mail after which answers slow down
	 * @param accountBlockAfter failures of one e-mail after which logins answer 429
	 * @param addressDelayAfter failures from one client address after which answers slow
	 * down
	 * @param addressBlockAfter failures from one client address after which logins answer
	 * 429
	 * @param window the window failures are counted in
	 * @param maxDelay the longest added delay
	 */
	public record LoginThrottle(@DefaultValue("5") @Positive int accountDelayAfter,
			@DefaultValue("10") @Positive int accountBlockAfter, @DefaultValue("20") @Positive int addressDelayAfter,
			@DefaultValue("40") @Positive int addressBlockAfter, @DefaultValue("15m") Duration window,
			@DefaultValue("1s") Duration maxDelay) {

		public LoginThrottle {
			if (accountBlockAfter <= accountDelayAfter || addressBlockAfter <= addressDelayAfter) {
				throw new IllegalArgumentException(
						"ptero.auth.login-throttle: each block-after must be greater than its delay-after");
			}
		}

	}

	/**
	 * @param email e-mail of the administrator created at start-up if no user has it
	 * ({@code PTERO_ADMIN_EMAIL})
	 * @param password that administrator's initial password, at least 10 characters
	 * ({@code PTERO_ADMIN_PASSWORD})
	 */
	public record Admin(@Nullable String email, @Nullable String password) {

		public Admin {
			if (isSet(email) != isSet(password)) {
				throw new IllegalArgumentException("ptero.admin.email and ptero.admin.password must be set together");
			}
		}

		boolean configured() {
			return isSet(this.email);
		}

		@Override
		public String toString() {
			return "Admin[email=" + this.email + ", password=" + ((this.password != null) ? "******" : null) + "]";
		}

		private static boolean isSet(@Nullable String value) {
			return value != null && !value.isBlank();
		}

	}

	/**
	 * @param active whether demo mode runs (set by the demo wiring, not by operators):
	 * then a demo administrator and a demo user are created with generated passwords
	 */
	public record Demo(@DefaultValue("false") boolean active) {

	}

}
