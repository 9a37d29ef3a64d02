package dev.pterogateway.auth;

import dev.pterogateway.audit.AuditOutcome;

import org.springframework.stereotype.Service;

/**
 * Self-service registration ({@code ptero.auth.registration-enabled}).
 */
@Service
class RegistrationService {

	private final UserAccounts accounts;

	private final PanelAccountLinker linker;

	private final AuthAudit audit;

	private final boolean enabled;

	RegistrationService(UserAccounts accounts, PanelAccountLinker linker, AuthAudit audit, AuthProperties properties) {
		this.accounts = accounts;
		this.linker = linker;
		this.audit = audit;
		this.enabled = properties.auth().registrationEnabled();
	}

	/**
	 * Creates a user and links the panel accounts with the same e-mail.
	 * @param request the new account
	 * @param address the client address
	 * @return the account with its panel links
	 * @throws RegistrationDisabledException when registration is turned off
	 * @throws EmailTakenException when the e-mail has a user
	 */
	UserAccount register(RegisterRequest request, String address) {
		if (!this.enabled) {
			throw new RegistrationDisabledException();
		}
		User user;
		try {
			user = this.accounts.create(request.email(), request.username(), request.password(), Role.USER);
		}
		catch (EmailTakenException ex) {
			this.audit.record(User.normalizeEmail(request.email()), null, "auth.register", null, AuditOutcome.FAILURE,
					"The e-mail is taken.", address);
			throw ex;
		}
		this.audit.record(user.getEmail(), null, "auth.register", "user:" + user.getId(), AuditOutcome.SUCCESS, null,
				address);
		this.linker.linkByEmail(user);
		return this.accounts.view(user.getId());
	}

}
