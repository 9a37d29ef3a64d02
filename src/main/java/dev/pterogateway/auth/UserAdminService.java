package dev.pterogateway.auth;

import java.util.ArrayList;
import java.util.List;

import dev.pterogateway.audit.AuditOutcome;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gateway users as administrators manage them: list, change role, enable or disable,
 * reset the password. Every change is audited with the administrator as actor.
 */
@Service
public class UserAdminService {

	private static final int GENERATED_PASSWORD_LENGTH = 20;

	private final UserAccounts accounts;

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final RefreshTokens refreshTokens;

	private final AuthAudit audit;

	UserAdminService(UserAccounts accounts, UserRepository users, PasswordEncoder passwords,
			RefreshTokens refreshTokens, AuthAudit audit) {
		this.accounts = accounts;
		this.users = users;
		this.passwords = passwords;
		this.refreshTokens = refreshTokens;
		this.audit = audit;
	}

	/**
	 * One page of users.
	 * @param pageable the page and its sort
	 * @return the users with their panel links
	 */
	public Page<UserAccount> list(Pageable pageable) {
		return this.accounts.page(pageable);
	}

	/**
	 * One user.
	 * @param userId the user id
	 * @return the user with their panel links
	 * @throws UserNotFoundException when there is no such user
	 */
	public UserAccount get(long userId) {
		return this.accounts.view(userId);
	}

	/**
	 * Changes a user's role or enabled flag.
	 * @param userId the user id
	 * @param update what to change
	 * @param admin the administrator
	 * @param address the administrator's client address
	 * @return the user after the change
	 * @throws UserNotFoundException when there is no such user
	 * @throws LastAdminException when no enabled administrator would be left
	 */
	@Transactional
	public UserAccount update(long userId, UserUpdate update, Caller admin, String address) {
		User user = this.accounts.require(userId);
		Role role = (update.role() != null) ? update.role() : user.getRole();
		boolean enabled = (update.enabled() != null) ? update.enabled() : user.isEnabled();
		boolean losesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (role != Role.ADMIN || !enabled);
		if (losesAdmin && this.users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdminException();
		}
		List<String> changes = new ArrayList<>();
		if (role != user.getRole()) {
			user.changeRole(role);
			changes.add("role=" + role);
		}
		if (enabled != user.isEnabled()) {
			user.changeEnabled(enabled);
			changes.add("enabled=" + enabled);
		}
		if (!changes.isEmpty()) {
			this.audit.record(admin.email(), admin.method().value(), "admin.user.update", "user:" + userId,
					AuditOutcome.SUCCESS, String.join(", ", changes), address);
		}
		return this.accounts.view(user);
	}

	/**
	 * Gives a user a generated password and ends their sessions (refresh tokens).
	 * @param userId the user id
	 * @param admin the administrator
	 * @param address the administrator's client address
	 * @return the new password, to hand to the user
	 * @throws UserNotFoundException when there is no such user
	 */
	@Transactional
	public GeneratedPassword resetPassword(long userId, Caller admin, String address) {
		User user = this.accounts.require(userId);
		String password = TokenDigest.randomAlphanumeric(GENERATED_PASSWORD_LENGTH);
		user.changePasswordHash(this.passwords.encode(password));
		this.refreshTokens.revokeAll(userId);
		this.audit.record(admin.email(), admin.method().value(), "admin.user.reset_password", "user:" + userId,
				AuditOutcome.SUCCESS, null, address);
		return new GeneratedPassword(password);
	}

}
