package dev.pterogateway.auth;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The caller as {@code GET /api/auth/me} shows it.
 *
 * @param id the user id
 * @param email the e-mail
 * @param username the display name
 * @param role the role
 * @param panelAccounts the linked panel accounts (the servers the user may see)
 * @param authMethod how this request authenticated: {@code jwt} or {@code api_key}
 * @param createdAt when the account was created
 * @param lastLoginAt when the user last logged in with a password, if ever
 */
record CurrentUser(long id, String email, String username, Role role, List<LinkedPanelAccount> panelAccounts,
		AuthMethod authMethod, Instant createdAt, @Nullable Instant lastLoginAt) {

	static CurrentUser of(UserAccount account, AuthMethod method) {
		return new CurrentUser(account.id(), account.email(), account.username(), account.role(),
				account.panelAccounts(), method, account.createdAt(), account.lastLoginAt());
	}

}
