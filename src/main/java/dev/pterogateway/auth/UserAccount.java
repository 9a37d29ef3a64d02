package dev.pterogateway.auth;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A gateway user as shown to administrators and at registration.
 *
 * @param id the user id
 * @param email the e-mail, lower case
 * @param username the display name
 * @param role the role
 * @param enabled whether the user may authenticate
 * @param createdAt when the account was created
 * @param lastLoginAt when the user last logged in with a password, if ever
 * @param panelAccounts the linked panel accounts
 */
public record UserAccount(long id, String email, String username, Role role, boolean enabled, Instant createdAt,
		@Nullable Instant lastLoginAt, List<LinkedPanelAccount> panelAccounts) {

	static UserAccount of(User user, List<LinkedPanelAccount> panelAccounts) {
		return new UserAccount(user.getId(), user.getEmail(), user.getUsername(), user.getRole(), user.isEnabled(),
				user.getCreatedAt(), user.getLastLoginAt(), panelAccounts);
	}

}
