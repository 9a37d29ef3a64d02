package dev.pterogateway.auth;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds gateway users with unique e-mails straight into the database (an administrator
 * cannot register over HTTP) and logs them in over HTTP.
 */
public final class TestAccounts {

	private final UserAccounts accounts;

	private final ApiClient api;

	public TestAccounts(ApplicationContext context, ApiClient api) {
		this.accounts = context.getBean(UserAccounts.class);
		this.api = api;
	}

	public static String uniqueEmail(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	public TestUser admin() {
		return loggedIn(Role.ADMIN, uniqueEmail("admin"));
	}

	public TestUser user() {
		return loggedIn(Role.USER, uniqueEmail("user"));
	}

	/**
	 * Creates a user without logging in.
	 * @param role the role
	 * @param email the e-mail
	 * @param password the password
	 * @return the user's id
	 */
	public long create(Role role, String email, String password) {
		return this.accounts.create(email, null, password, role).getId();
	}

	public TestUser loggedIn(Role role, String email) {
		String password = "pw-" + UUID.randomUUID();
		long id = create(role, email, password);
		return login(id, email, password);
	}

	public TestUser login(long id, String email, String password) {
		ApiClient.Reply reply = this.api.post("/api/auth/login", null, Map.of("email", email, "password", password));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return new TestUser(id, email, password, reply.text("accessToken"), reply.text("refreshToken"));
	}

	/**
	 * A seeded, logged-in user.
	 *
	 * @param id the user id
	 * @param email the e-mail
	 * @param password the password
	 * @param accessToken a fresh access token
	 * @param refreshToken a fresh refresh token
	 */
	public record TestUser(long id, String email, String password, String accessToken, String refreshToken) {

	}

}
