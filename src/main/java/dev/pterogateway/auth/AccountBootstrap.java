package dev.pterogateway.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts a fresh gateway needs: the administrator of
 * {@code ptero.admin.email}/{@code ptero.admin.password} if no user has that e-mail, and
 * in demo mode a demo administrator and a demo user whose e-mails match the simulated
 * panels' seeded users, so that they link.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AccountBootstrap.class);

	static final String DEMO_ADMIN = "admin@example.com";

	static final String DEMO_USER = "player1@example.com";

	private static final int DEMO_PASSWORD_LENGTH = 16;

	private final UserAccounts accounts;

	private final UserRepository users;

	private final PanelAccountLinker linker;

	private final AuthProperties properties;

	AccountBootstrap(UserAccounts accounts, UserRepository users, PanelAccountLinker linker,
			AuthProperties properties) {
		this.accounts = accounts;
		this.users = users;
		this.linker = linker;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuthProperties.Admin admin = this.properties.admin();
		if (admin.configured() && admin.email() != null && admin.password() != null) {
			createAdmin(admin.email(), admin.password());
		}
		if (this.properties.demo().active()) {
			createDemoAccounts();
		}
	}

	private void createAdmin(String email, String password) {
		if (this.users.existsByEmail(User.normalizeEmail(email))) {
			return;
		}
		if (password.length() < 10 || password.length() > 128) {
			throw new IllegalStateException("ptero.admin.password must have 10 to 128 characters");
		}
		try {
			User user = this.accounts.create(email, null, password, Role.ADMIN);
			logger.info("Created administrator {} from ptero.admin.email", user.getEmail());
			this.linker.linkByEmail(user);
		}
		catch (EmailTakenException ex) {
			// Another instance of the cluster created it a moment ago.
		}
	}

	private void createDemoAccounts() {
		Map<String, Role> demo = new LinkedHashMap<>();
		demo.put(DEMO_ADMIN, Role.ADMIN);
		demo.put(DEMO_USER, Role.USER);
		List<String> lines = new ArrayList<>();
		demo.forEach((email, role) -> {
			if (!this.users.existsByEmail(email)) {
				String password = TokenDigest.randomAlphanumeric(DEMO_PASSWORD_LENGTH);
				User user = this.accounts.create(email, null, password, role);
				this.linker.linkByEmail(user);
				lines.add("  %-22s %-6s password: %s".formatted(email, role, password));
			}
		});
		if (!lines.isEmpty()) {
			// The only place the gateway logs a password: generated demo
			// credentials, once, when they are created, so that someone trying the
			// demo can log in.
			logger.warn("""

					==================== DEMO ACCOUNTS (demo mode only, shown once) ====================
					{}
					  Log in with POST /api/auth/login. These passwords are not shown again.
					=====================================================================================""",
					String.join("\n", lines));
		}
	}

}
