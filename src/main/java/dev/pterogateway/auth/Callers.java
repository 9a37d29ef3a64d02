package dev.pterogateway.auth;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Caller} of a request from the database, so that disabling a user, a
 * role change or a new panel link counts from the next request on.
 */
@Component
class Callers {

	private final UserRepository users;

	private final PanelAccountRepository panelAccounts;

	Callers(UserRepository users, PanelAccountRepository panelAccounts) {
		this.users = users;
		this.panelAccounts = panelAccounts;
	}

	/**
	 * The caller for an enabled user.
	 * @param userId the authenticated user id
	 * @param method how the request authenticated
	 * @return the caller, or empty when the user is gone or disabled
	 */
	@Transactional(readOnly = true)
	Optional<Caller> find(long userId, AuthMethod method) {
		return this.users.findById(userId).filter(User::isEnabled).map((user) -> caller(user, method));
	}

	private Caller caller(User user, AuthMethod method) {
		List<PanelAccountRef> links = this.panelAccounts.findByUserIdOrderByPanelAscPanelUserIdAsc(user.getId())
			.stream()
			.map(PanelAccount::toRef)
			.toList();
		return new Caller(user.getId(), user.getEmail(), user.getRole(), links, method);
	}

}
