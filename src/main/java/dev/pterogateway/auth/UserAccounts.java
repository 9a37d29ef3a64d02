package dev.pterogateway.auth;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and reads them with their panel links.
 */
@Component
class UserAccounts {

	private static final int MAX_USERNAME = 191;

	private final UserRepository users;

	private final PanelAccountRepository panelAccounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	UserAccounts(UserRepository users, PanelAccountRepository panelAccounts, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.panelAccounts = panelAccounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Creates an enabled user.
	 * @param email the e-mail (normalized here)
	 * @param username the display name, else the e-mail's local part
	 * @param password the password in clear, already validated
	 * @param role the role
	 * @return the saved user
	 * @throws EmailTakenException when a user has the e-mail
	 */
	@Transactional
	User create(String email, @Nullable String username, String password, Role role) {
		String normalized = User.normalizeEmail(email);
		if (this.users.existsByEmail(normalized)) {
			throw new EmailTakenException();
		}
		User user = new User(normalized, displayName(normalized, username), this.passwords.encode(password), role,
				this.clock.instant());
		try {
			return this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTakenException();
		}
	}

	@Transactional(readOnly = true)
	User require(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

	@Transactional(readOnly = true)
	UserAccount view(long userId) {
		return view(require(userId));
	}

	@Transactional(readOnly = true)
	UserAccount view(User user) {
		return UserAccount.of(user, links(user.getId()));
	}

	@Transactional(readOnly = true)
	CurrentUser current(Caller caller) {
		return CurrentUser.of(view(caller.userId()), caller.method());
	}

	@Transactional(readOnly = true)
	Page<UserAccount> page(Pageable pageable) {
		Page<User> page = this.users.findAll(pageable);
		Map<Long, List<LinkedPanelAccount>> links = links(page.map(User::getId).getContent());
		return page.map((user) -> UserAccount.of(user, links.getOrDefault(user.getId(), List.of())));
	}

	List<LinkedPanelAccount> links(long userId) {
		return this.panelAccounts.findByUserIdOrderByPanelAscPanelUserIdAsc(userId)
			.stream()
			.map(PanelAccount::toLinkedPanelAccount)
			.toList();
	}

	private Map<Long, List<LinkedPanelAccount>> links(Collection<Long> userIds) {
		return this.panelAccounts.findByUserIdInOrderByPanelAscPanelUserIdAsc(userIds)
			.stream()
			.collect(Collectors.groupingBy(PanelAccount::getUserId,
					Collectors.mapping(PanelAccount::toLinkedPanelAccount, Collectors.toList())));
	}

	private static String displayName(String email, @Nullable String username) {
		String name = (username != null && !username.isBlank()) ? username.trim()
				: email.substring(0, Math.max(email.indexOf('@'), 1));
		return (name.length() <= MAX_USERNAME) ? name : name.substring(0, MAX_USERNAME);
	}

}
