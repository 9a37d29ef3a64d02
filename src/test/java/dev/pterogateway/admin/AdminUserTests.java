package dev.pterogateway.admin;

import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators list users, change roles and reset passwords over real HTTP.
 */
@GatewayIntegrationTest
class AdminUserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ApiClient api;

	private TestAccounts accounts;

	private TestAccounts.TestUser admin;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
		this.admin = this.accounts.admin();
	}

	@Test
	void listWhenPagedReturnsUsersWithTotals() {
		this.accounts.user();

		ApiClient.Reply page = this.api.get("/api/admin/users?page=0&size=2", this.admin.accessToken());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("items")).hasSize(2);
		assertThat(page.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(page.body()).doesNotContain("passwordHash").doesNotContain("$2a$");
	}

	@Test
	void getWhenUserIsUnknownAnswersNotFound() {
		ApiClient.Reply reply = this.api.get("/api/admin/users/987654321", this.admin.accessToken());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("user_not_found");
	}

	@Test
	void updateWhenUserIsPromotedGainsAdminAccessOnNextCall() {
		TestAccounts.TestUser user = this.accounts.user();
		assertThat(this.api.get("/api/admin/users", user.accessToken()).status()).isEqualTo(403);

		ApiClient.Reply promoted = this.api.patch("/api/admin/users/" + user.id(), this.admin.accessToken(),
				Map.of("role", "ADMIN"));

		assertThat(promoted.text("role")).isEqualTo("ADMIN");
		assertThat(this.api.get("/api/admin/users", user.accessToken()).status()).isEqualTo(200);
	}

	@Test
	void resetPasswordWhenDoneReturnsWorkingPasswordAndEndsSessions() {
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply reset = this.api.post("/api/admin/users/" + user.id() + "/reset-password",
				this.admin.accessToken(), Map.of());

		String password = reset.text("password");
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);
		assertThat(this.api.post("/api/auth/refresh", null, Map.of("refreshToken", user.refreshToken())).status())
			.isEqualTo(401);
		assertThat(this.api.post("/api/auth/login", null, Map.of("email", user.email(), "password", user.password()))
			.status()).isEqualTo(401);
		assertThat(this.api.post("/api/auth/login", null, Map.of("email", user.email(), "password", password)).status())
			.isEqualTo(200);
	}

}
