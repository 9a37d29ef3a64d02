package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.pterogateway.audit.AuditOutcome;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password under the login throttle. Unknown e-mails cost the same
 * hash as known ones and get the same answer.
 */
@Component
class PasswordAuthenticator {

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AuthAudit audit;

	private final Clock clock;

	/** Compared against when the e-mail is unknown, so timing does not tell. */
	private final String unknownUserHash;

	PasswordAuthenticator(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, AuthAudit audit,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.unknownUserHash = passwords.encode(TokenDigest.randomAlphanumeric(32));
	}

	/**
	 * Verifies a login.
	 * @param email the e-mail as given
	 * @param password the password as given
	 * @param address the client address
	 * @return the enabled user
	 * @throws LoginThrottledException when the account or address has too many failures
	 * @throws InvalidCredentialsException when the e-mail is unknown, the password wrong
	 * or the user disabled
	 */
	User verify(String email, String password, String address) {
		String normalized = User.normalizeEmail(email);
		LoginThrottle.Verdict verdict = this.throttle.attempt(normalized, address);
		if (verdict.blocked()) {
			this.audit.record(normalized, AuthAudit.PASSWORD, "auth.login", null, AuditOutcome.DENIED,
					"Throttled after repeated failures.", address);
			throw new LoginThrottledException(verdict.delay());
		}
		pause(verdict.delay());
		Optional<User> user = this.users.findByEmail(normalized);
		boolean matches = this.passwords.matches(password,
				user.map(User::getPasswordHash).orElse(this.unknownUserHash));
		if (user.isEmpty() || !matches || !user.get().isEnabled()) {
			String detail = (matches && user.isPresent()) ? "The account is disabled." : "Invalid e-mail or password.";
			this.audit.record(normalized, AuthAudit.PASSWORD, "auth.login", null, AuditOutcome.FAILURE, detail,
					address);
			throw new InvalidCredentialsException();
		}
		this.throttle.succeeded(normalized, address);
		return loggedIn(user.get(), password);
	}

	private User loggedIn(User user, String password) {
		if (this.passwords.upgradeEncoding(user.getPasswordHash())) {
			String upgraded = this.passwords.encode(password);
			this.users.changePasswordHash(user.getId(), upgraded);
			user.changePasswordHash(upgraded);
		}
		Instant now = this.clock.instant();
		this.users.recordLogin(user.getId(), now);
		user.loggedInAt(now);
		return user;
	}

	/**
	 * Holds the answer back after repeated failures. The thread waits at most the
	 * configured maximum delay (one second by default).
	 */
	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
