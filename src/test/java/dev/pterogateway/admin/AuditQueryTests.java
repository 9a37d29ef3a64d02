package dev.pterogateway.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Administrators read the audit log at {@code /api/admin/audit}: account events are there
 * with actor, action, outcome and client address, newest first, filtered and paged, and
 * never with a secret.
 */
@GatewayIntegrationTest
class AuditQueryTests {

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
	void searchWhenUserLoggedInListsFailureAndSuccessNewestFirst() {
		TestAccounts.TestUser user = this.accounts.user();
		this.api.post("/api/auth/login", null, Map.of("email", user.email(), "password", "not it"));
		this.accounts.login(user.id(), user.email(), user.password());

		JsonNode items = awaitItems("/api/admin/audit?action=auth.login&user=" + user.email().toUpperCase(), 3);

		assertThat(items).extracting((item) -> item.path("outcome").asString())
			.containsExactly("SUCCESS", "FAILURE", "SUCCESS");
		JsonNode newest = items.get(0);
		assertThat(newest.path("actor").asString()).isEqualTo(user.email());
		assertThat(newest.path("authMethod").asString()).isEqualTo("password");
		assertThat(newest.path("clientAddress").asString()).isEqualTo("127.0.0.1");
		assertThat(newest.path("target").asString()).isEqualTo("user:" + user.id());
		assertThat(Instant.parse(newest.path("occurredAt").asString()))
			.isAfterOrEqualTo(Instant.parse(items.get(1).path("occurredAt").asString()));
		assertThat(items.toString()).doesNotContain(user.password()).doesNotContain("not it");
	}

	@Test
	void searchWhenActionEndsWithStarMatchesByPrefix() {
		TestAccounts.TestUser user = this.accounts.user();
		String prefix = this.api.post("/api/auth/api-keys", user.accessToken(), Map.of("name", "audited"))
			.text("prefix");
		this.api.delete("/api/auth/api-keys/" + prefix, user.accessToken());

		JsonNode items = awaitItems("/api/admin/audit?action=auth.api_key.*&user=" + user.email(), 2);

		assertThat(items).extracting((item) -> item.path("action").asString())
			.containsExactly("auth.api_key.revoke", "auth.api_key.create");
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.path("target").asString()).isEqualTo("api_key:" + prefix);
			assertThat(item.path("authMethod").asString()).isEqualTo("jwt");
		});
	}

	@Test
	void searchWhenAdminChangesUserRecordsAdminAsActor() {
		TestAccounts.TestUser user = this.accounts.user();
		this.api.patch("/api/admin/users/" + user.id(), this.admin.accessToken(), Map.of("role", "ADMIN"));

		JsonNode items = awaitItems("/api/admin/audit?action=admin.user.update&user=" + this.admin.email(), 1);

		assertThat(items.get(0).path("target").asString()).isEqualTo("user:" + user.id());
		assertThat(items.get(0).path("detail").asString()).isEqualTo("role=ADMIN");
	}

	@Test
	void searchWhenLimitedPagesThroughResults() {
		TestAccounts.TestUser user = this.accounts.user();
		this.accounts.login(user.id(), user.email(), user.password());
		awaitItems("/api/admin/audit?user=" + user.email(), 2);

		ApiClient.Reply first = this.api.get("/api/admin/audit?limit=1&page=0&user=" + user.email(),
				this.admin.accessToken());
		ApiClient.Reply second = this.api.get("/api/admin/audit?limit=1&page=1&user=" + user.email(),
				this.admin.accessToken());

		assertThat(first.json().path("items")).hasSize(1);
		assertThat(first.json().path("size").asInt()).isEqualTo(1);
		assertThat(first.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(second.json().path("page").asInt()).isEqualTo(1);
		assertThat(second.json().at("/items/0/id").asLong()).isLessThan(first.json().at("/items/0/id").asLong());
	}

	@Test
	void searchWhenSinceIsInTheFutureFindsNothing() {
		ApiClient.Reply reply = this.api.get("/api/admin/audit?since=" + Instant.now().plusSeconds(3600),
				this.admin.accessToken());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("items")).isEmpty();
	}

	@Test
	void searchWhenParametersAreInvalidAnswersBadRequest() {
		assertThat(this.api.get("/api/admin/audit?limit=0", this.admin.accessToken()).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/audit?since=yesterday", this.admin.accessToken()).status()).isEqualTo(400);
	}

	private JsonNode awaitItems(String path, int atLeast) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			ApiClient.Reply reply = this.api.get(path, this.admin.accessToken());
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json().path("items");
		}, (items) -> items.size() >= atLeast);
	}

}
