package dev.pterogateway.auth;

import java.util.List;

/**
 * Who is calling: the principal of every authenticated request and STOMP session.
 * Controllers receive it with {@code @AuthenticationPrincipal Caller caller}. It is built
 * from the database on every request, so a disabled user, a role change or a new panel
 * link takes effect at once.
 *
 * @param userId the gateway user's id
 * @param email the gateway user's e-mail, lower case
 * @param role the user's role
 * @param panelAccounts the panel accounts linked to the user
 * @param method how this request authenticated
 */
public record Caller(long userId, String email, Role role, List<PanelAccountRef> panelAccounts, AuthMethod method) {

	public Caller {
		panelAccounts = List.copyOf(panelAccounts);
	}

	/**
	 * Whether the caller is an administrator.
	 * @return {@code true} for {@link Role#ADMIN}
	 */
	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

}
