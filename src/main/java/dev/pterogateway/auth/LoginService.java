package dev.pterogateway.auth;

import dev.pterogateway.audit.AuditOutcome;

import org.springframework.stereotype.Service;

/**
 * Password login: checks the credentials under the throttle, links panel accounts by
 * e-mail, then hands out a token pair.
 */
@Service
class LoginService {

	private final PasswordAuthenticator authenticator;

	private final PanelAccountLinker linker;

	private final TokenService tokens;

	private final AuthAudit audit;

	LoginService(PasswordAuthenticator authenticator, PanelAccountLinker linker, TokenService tokens, AuthAudit audit) {
		this.authenticator = authenticator;
		this.linker = linker;
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Logs a user in.
	 * @param request the e-mail and password
	 * @param address the client address
	 * @return the token pair
	 * @throws LoginThrottledException after too many failures
	 * @throws InvalidCredentialsException for any wrong credential or disabled user
	 */
	TokenPair login(LoginRequest request, String address) {
		User user = this.authenticator.verify(request.email(), request.password(), address);
		this.linker.linkByEmail(user);
		TokenPair tokens = this.tokens.issue(user);
		this.audit.record(user.getEmail(), AuthAudit.PASSWORD, "auth.login", "user:" + user.getId(),
				AuditOutcome.SUCCESS, null, address);
		return tokens;
	}

}
