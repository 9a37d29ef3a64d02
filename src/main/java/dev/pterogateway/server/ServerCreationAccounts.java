package dev.pterogateway.server;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.PanelAccountRef;
import dev.pterogateway.auth.PanelAccountService;
import dev.pterogateway.panel.ApplicationUserApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelFieldError;
import dev.pterogateway.panel.PanelUser;
import dev.pterogateway.panel.PanelUserRequest;
import dev.pterogateway.panel.PanelValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds or makes the caller's account on the panel a server is created on: a linked
 * account, else the panel user with the caller's e-mail, else a new panel user with the
 * caller's e-mail, a user name derived from it and a generated password. A found account
 * is linked to the caller like a login links it; a new one only once the server exists
 * ({@link #keep}), and it is deleted again when the panel refuses the server
 * ({@link #discard}), so that a failed creation leaves no account whose password nobody
 * saw.
 */
@Component
class ServerCreationAccounts {

	private static final Logger logger = LoggerFactory.getLogger(ServerCreationAccounts.class);

	private static final int USERNAME_ATTEMPTS = 3;

	private static final int MAX_USERNAME_BASE = 32;

	private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private final PanelAccountService panelAccounts;

	ServerCreationAccounts(PanelAccountService panelAccounts) {
		this.panelAccounts = panelAccounts;
	}

	/**
	 * The caller's account on a panel, created if there is none.
	 * @param panel the panel
	 * @param caller who creates the server
	 * @return the account; with the generated password if it was created
	 */
	ServerCreationAccount accountOn(PanelClient panel, Caller caller) {
		Optional<Long> linked = caller.panelAccounts()
			.stream()
			.filter((account) -> account.panel().equals(panel.name()))
			.map(PanelAccountRef::panelUserId)
			.min(Comparator.naturalOrder());
		if (linked.isPresent()) {
			return new ServerCreationAccount(Math.toIntExact(linked.get()), null, null);
		}
		ApplicationUserApi users = panel.application().users();
		Optional<PanelUser> existing = users.findByEmail(caller.email());
		if (existing.isPresent()) {
			this.panelAccounts.linkOwn(caller, panel.name(), existing.get());
			return new ServerCreationAccount(existing.get().id(), existing.get(), null);
		}
		ServerPassword password = ServerPassword.generate();
		PanelUser created = create(users, caller.email(), password);
		logger.info("Created panel user {} on panel {} for gateway user {}", created.id(), panel.name(),
				caller.userId());
		return new ServerCreationAccount(created.id(), created, password);
	}

	/**
	 * The server exists: links an account made for it to the caller. A failure here does
	 * not fail the creation; the next login links the account by its e-mail.
	 * @param panel the panel
	 * @param caller who created the server
	 * @param account the account the server was created for
	 */
	void keep(PanelClient panel, Caller caller, ServerCreationAccount account) {
		PanelUser created = account.panelUser();
		if (!account.createdNow() || created == null) {
			return;
		}
		try {
			this.panelAccounts.linkOwn(caller, panel.name(), created);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not link new panel user {} on panel {} to gateway user {} (the next login will): {}",
					account.panelUserId(), panel.name(), caller.userId(), ex.getMessage());
		}
	}

	/**
	 * The panel refused the server: deletes an account made for it, best effort.
	 * @param panel the panel
	 * @param account the account the server was to be created for
	 */
	void discard(PanelClient panel, ServerCreationAccount account) {
		if (!account.createdNow()) {
			return;
		}
		try {
			panel.application().users().delete(account.panelUserId());
			logger.info("Deleted panel user {} on panel {}: the server it was made for was not created",
					account.panelUserId(), panel.name());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete panel user {} on panel {} after a failed creation: {}", account.panelUserId(),
					panel.name(), ex.getMessage());
		}
	}

	/** Creates the panel user, with a random suffix when the user name is taken. */
	private static PanelUser create(ApplicationUserApi users, String email, ServerPassword password) {
		String base = usernameFor(email);
		String username = base;
		for (int attempt = 1;; attempt++) {
			try {
				return users.create(PanelUserRequest.of(email, username, firstNameFor(email), "Customer")
					.withPassword(password.value()));
			}
			catch (PanelValidationException ex) {
				if (attempt == USERNAME_ATTEMPTS || !rejectsUsername(ex)) {
					throw ex;
				}
				username = base + "-" + suffix();
			}
		}
	}

	private static boolean rejectsUsername(PanelValidationException ex) {
		return ex.fieldErrors().stream().map(PanelFieldError::field).anyMatch("username"::equals);
	}

	/**
	 * A panel user name from an e-mail's local part: lower case, only letters, digits,
	 * {@code _ - .}, starting and ending with a letter or digit, at least 3 characters.
	 * @param email the e-mail
	 * @return the user name
	 */
	static String usernameFor(String email) {
		String local = email.substring(0, Math.max(email.indexOf('@'), 0)).toLowerCase(Locale.ROOT);
		String name = local.replaceAll("[^a-z0-9_.-]", "_").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
		if (name.length() > MAX_USERNAME_BASE) {
			name = name.substring(0, MAX_USERNAME_BASE).replaceAll("[^a-z0-9]+$", "");
		}
		return (name.length() >= 3) ? name : "user" + ((name.isEmpty()) ? "" : "-" + name);
	}

	private static String firstNameFor(String email) {
		String local = email.substring(0, Math.max(email.indexOf('@'), 1));
		return (local.length() <= 191) ? local : local.substring(0, 191);
	}

	private static String suffix() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			suffix.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
		}
		return suffix.toString();
	}

}
