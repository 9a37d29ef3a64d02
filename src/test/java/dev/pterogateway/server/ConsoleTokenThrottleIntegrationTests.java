package dev.pterogateway.server;

import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.panel.WingsProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/server/console} spends the same per-server websocket token budget as
 * the console relay, over real HTTP against the simulated panels.
 */
@GatewayIntegrationTest
class ConsoleTokenThrottleIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WingsProperties wings;

	private ServerFixtures fixtures;

	private ApiClient api;

	@BeforeEach
	void setUp() {
		this.fixtures = new ServerFixtures(this.context, this.port);
		this.api = this.fixtures.api();
	}

	@Test
	void consoleWhenTheServersTokenBudgetIsSpentAnswersRateLimitedWithoutCallingThePanel() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));
		for (int i = 0; i < this.wings.tokenLimit(); i++) {
			ApiClient.Reply granted = this.api.post("/api/server/console", owner.token(), Map.of("id", owner.id(0)));
			assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		}

		ApiClient.Reply throttled = this.api.post("/api/server/console", owner.token(), Map.of("id", owner.id(0)));

		assertThat(throttled.status()).as(throttled.body()).isEqualTo(503);
		assertThat(throttled.text("code")).isEqualTo("panel_rate_limited");
		assertThat(throttled.header("Retry-After")).isNotNull();
		assertThat(throttled.body()).doesNotContain("eyJ");
		assertThat(tokenRequests(owner.id(0))).isEqualTo(this.wings.tokenLimit());
	}

	private long tokenRequests(String identifier) {
		return this.fixtures.panel("main")
			.requests()
			.stream()
			.filter((request) -> request.pathAndQuery().equals("/api/client/servers/" + identifier + "/websocket"))
			.count();
	}

}
