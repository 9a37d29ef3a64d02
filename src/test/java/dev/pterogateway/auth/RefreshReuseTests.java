package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A refresh token works once: presenting a rotated token again (it leaked) revokes its
 * whole family, including the newest token, and leaves other logins alone.
 */
@GatewayIntegrationTest
class RefreshReuseTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ApiClient api;

	private TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
	}

	@Test
	void refreshWhenRotatedTokenIsReusedRevokesWholeFamily() {
		TestAccounts.TestUser user = this.accounts.user();
		String first = user.refreshToken();
		String second = refresh(first).text("refreshToken");
		String third = refresh(second).text("refreshToken");

		ApiClient.Reply reuse = refresh(first);
		ApiClient.Reply newest = refresh(third);

		assertThat(reuse.status()).isEqualTo(401);
		assertThat(reuse.text("code")).isEqualTo("invalid_refresh_token");
		assertThat(newest.status()).as("the family is revoked").isEqualTo(401);
	}

	@Test
	void refreshWhenAnotherFamilyIsRevokedKeepsWorking() {
		TestAccounts.TestUser user = this.accounts.user();
		TestAccounts.TestUser secondLogin = this.accounts.login(user.id(), user.email(), user.password());
		String rotated = user.refreshToken();
		refresh(rotated);

		refresh(rotated);

		assertThat(refresh(secondLogin.refreshToken()).status()).isEqualTo(200);
	}

	@Test
	void refreshWhenReuseIsDetectedWritesAuditEvent() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser user = this.accounts.user();
		refresh(user.refreshToken());

		refresh(user.refreshToken());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			ApiClient.Reply audit = this.api
				.get("/api/admin/audit?action=auth.refresh.reuse_detected&user=" + user.email(), admin.accessToken());
			assertThat(audit.json().path("items").size()).isEqualTo(1);
			assertThat(audit.json().at("/items/0/outcome").asString()).isEqualTo("DENIED");
			assertThat(audit.json().at("/items/0/target").asString()).isEqualTo("user:" + user.id());
		});
	}

	@Test
	void refreshWhenTokenIsUnknownAnswersUnauthorized() {
		ApiClient.Reply reply = refresh("not-a-refresh-token");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("code")).isEqualTo("invalid_refresh_token");
	}

	private ApiClient.Reply refresh(String refreshToken) {
		return this.api.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken));
	}

}
