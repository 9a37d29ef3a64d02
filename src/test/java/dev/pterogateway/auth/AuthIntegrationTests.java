package dev.pterogateway.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and tokens over real HTTP: register, login, refresh, logout, me, API keys and
 * disabled users.
 */
@GatewayIntegrationTest
class AuthIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ApiClient api;

	private TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
	}

	@Test
	void registerWhenEmailIsNewCreatesUserThatCanLogIn() {
		String email = TestAccounts.uniqueEmail("Reg").toUpperCase();
		ApiClient.Reply registered = this.api.post("/api/auth/register", null,
				Map.of("email", email, "password", "correct horse battery", "username", "reggie"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.text("email")).isEqualTo(email.toLowerCase());
		assertThat(registered.text("role")).isEqualTo("USER");
		assertThat(registered.text("username")).isEqualTo("reggie");
		assertThat(registered.json().has("password")).isFalse();

		ApiClient.Reply login = this.api.post("/api/auth/login", null,
				Map.of("email", email.toLowerCase(), "password", "correct horse battery"));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.text("tokenType")).isEqualTo("Bearer");
		assertThat(login.json().path("expiresIn").asLong()).isBetween(890L, 900L);
		assertThat(login.text("accessToken")).contains(".");
		assertThat(login.text("refreshToken")).isNotBlank();

		ApiClient.Reply me = this.api.get("/api/auth/me", login.text("accessToken"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo(email.toLowerCase());
		assertThat(me.text("authMethod")).isEqualTo("jwt");
		assertThat(me.json().path("panelAccounts").isArray()).isTrue();
	}

	@Test
	void registerWhenEmailIsTakenAnswersConflict() {
		String email = TestAccounts.uniqueEmail("taken");
		this.accounts.create(Role.USER, email, "first password");

		ApiClient.Reply reply = this.api.post("/api/auth/register", null,
				Map.of("email", email, "password", "second password"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("email_taken");
		assertThat(reply.text("error")).isNotBlank();
	}

	@Test
	void registerWhenPasswordIsTooShortAnswersBadRequest() {
		ApiClient.Reply reply = this.api.post("/api/auth/register", null,
				Map.of("email", TestAccounts.uniqueEmail("short"), "password", "short"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
	}

	@Test
	void loginWhenPasswordIsLongerThanBcryptReadsKeepsEveryCharacterSignificant() {
		String email = TestAccounts.uniqueEmail("long");
		String password = "p".repeat(100) + "-tail-that-matters";
		this.accounts.create(Role.USER, email, password);

		ApiClient.Reply right = this.api.post("/api/auth/login", null, Map.of("email", email, "password", password));
		ApiClient.Reply wrongTail = this.api.post("/api/auth/login", null,
				Map.of("email", email, "password", "p".repeat(100) + "-tail-that-differs"));

		assertThat(right.status()).isEqualTo(200);
		assertThat(wrongTail.status()).isEqualTo(401);
	}

	@Test
	void loginWhenPasswordIsWrongAnswersLikeUnknownAccount() {
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply wrong = this.api.post("/api/auth/login", null,
				Map.of("email", user.email(), "password", "not the password"));
		ApiClient.Reply unknown = this.api.post("/api/auth/login", null,
				Map.of("email", TestAccounts.uniqueEmail("nobody"), "password", "not the password"));

		assertThat(List.of(wrong, unknown)).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.text("code")).isEqualTo("invalid_credentials");
			assertThat(reply.text("error")).isEqualTo("Invalid e-mail or password.");
		});
	}

	@Test
	void refreshWhenTokenIsFreshIssuesNewPair() {
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply refreshed = this.api.post("/api/auth/refresh", null,
				Map.of("refreshToken", user.refreshToken()));

		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.text("refreshToken")).isNotEqualTo(user.refreshToken());
		assertThat(this.api.get("/api/auth/me", refreshed.text("accessToken")).status()).isEqualTo(200);
	}

	@Test
	void logoutWhenRefreshTokenGivenRevokesIt() {
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply logout = this.api.post("/api/auth/logout", user.accessToken(),
				Map.of("refreshToken", user.refreshToken()));
		ApiClient.Reply refresh = this.api.post("/api/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));

		assertThat(logout.status()).isEqualTo(204);
		assertThat(refresh.status()).isEqualTo(401);
		assertThat(refresh.text("code")).isEqualTo("invalid_refresh_token");
	}

	@Test
	void apiKeyWhenCreatedAuthenticatesListsMaskedAndStopsWhenRevoked() {
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply created = this.api.post("/api/auth/api-keys", user.accessToken(),
				Map.of("name", "discord-bot", "expiresDays", 30));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String key = created.text("apiKey");
		String prefix = created.text("prefix");
		assertThat(key).matches("pgw_[a-z0-9]{8}[A-Za-z0-9]{32,}").startsWith("pgw_" + prefix);
		assertThat(Instant.parse(created.text("expiresAt"))).isAfter(Instant.now().plusSeconds(29 * 86400));

		ApiClient.Reply me = this.api.get("/api/auth/me", key);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("authMethod")).isEqualTo("api_key");

		ApiClient.Reply list = this.api.get("/api/auth/api-keys", user.accessToken());
		assertThat(list.body()).doesNotContain(key.substring(12));
		JsonNode listed = list.json().get(0);
		assertThat(listed.path("prefix").asString()).isEqualTo(prefix);
		assertThat(listed.path("maskedKey").asString()).isEqualTo("pgw_" + prefix + "…");
		assertThat(listed.path("name").asString()).isEqualTo("discord-bot");
		assertThat(listed.path("lastUsedAt").isNull()).isFalse();

		assertThat(this.api.delete("/api/auth/api-keys/" + prefix, user.accessToken()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/auth/me", key).status()).isEqualTo(401);
		ApiClient.Reply again = this.api.delete("/api/auth/api-keys/" + prefix, user.accessToken());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.text("code")).isEqualTo("api_key_not_found");
	}

	@Test
	void apiKeyWhenExpiredAnswersUnauthorized() {
		TestAccounts.TestUser user = this.accounts.user();
		ApiClient.Reply created = this.api.post("/api/auth/api-keys", user.accessToken(),
				Map.of("name", "short-lived", "expiresDays", 1));
		String key = created.text("apiKey");
		assertThat(this.api.get("/api/auth/me", key).status()).isEqualTo(200);

		this.jdbc.update("update api_keys set expires_at = ? where prefix = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)), created.text("prefix"));

		ApiClient.Reply reply = this.api.get("/api/auth/me", key);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("code")).isEqualTo("unauthorized");
	}

	@Test
	void apiKeyWhenSomeoneElseRevokesItAnswersNotFound() {
		TestAccounts.TestUser owner = this.accounts.user();
		TestAccounts.TestUser other = this.accounts.user();
		String prefix = this.api.post("/api/auth/api-keys", owner.accessToken(), Map.of("name", "mine")).text("prefix");

		ApiClient.Reply reply = this.api.delete("/api/auth/api-keys/" + prefix, other.accessToken());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.api.get("/api/auth/api-keys", owner.accessToken()).body()).contains(prefix);
	}

	@Test
	void disableWhenAdminDisablesUserRejectsEveryCredentialUntilEnabledAgain() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser user = this.accounts.user();
		String key = this.api.post("/api/auth/api-keys", user.accessToken(), Map.of("name", "k")).text("apiKey");

		ApiClient.Reply disabled = this.api.patch("/api/admin/users/" + user.id(), admin.accessToken(),
				Map.of("enabled", false));
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().path("enabled").asBoolean()).isFalse();

		assertThat(this.api.get("/api/auth/me", user.accessToken()).status()).isEqualTo(401);
		assertThat(this.api.get("/api/auth/me", key).status()).isEqualTo(401);
		assertThat(this.api.post("/api/auth/refresh", null, Map.of("refreshToken", user.refreshToken())).status())
			.isEqualTo(401);
		ApiClient.Reply login = this.api.post("/api/auth/login", null,
				Map.of("email", user.email(), "password", user.password()));
		assertThat(login.status()).isEqualTo(401);
		assertThat(login.text("code")).isEqualTo("invalid_credentials");

		this.api.patch("/api/admin/users/" + user.id(), admin.accessToken(), Map.of("enabled", true));
		assertThat(this.api.get("/api/auth/me", user.accessToken()).status()).isEqualTo(200);
		assertThat(this.api.get("/api/auth/me", key).status()).isEqualTo(200);
	}

}
