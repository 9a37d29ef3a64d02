package dev.pterogateway.simulator;

import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.ManualClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2026-01-10T12:00:00Z"));

	private PanelSimulator simulator;

	private SimulatorClient admin;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator
			.start(SimulatorSettings.defaults("main").withRateLimits(3, 2).withClock(this.clock));
		this.admin = SimulatorClient.of(this.simulator, this.simulator.clientKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void clientApiWhenLimitExhaustedAnswers429WithHeaders() {
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("1");
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("0");
		this.clock.advance(Duration.ofSeconds(20));

		SimulatorClient.Response response = this.admin.get("/api/client/account");

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.body()).isEqualTo(
				"{\"errors\":[{\"code\":\"ThrottleRequestsException\",\"status\":\"429\",\"detail\":\"Too Many Attempts.\"}]}");
		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(response.header("Retry-After")).isEqualTo("40");
		assertThat(response.header("X-RateLimit-Reset"))
			.isEqualTo(Long.toString(this.clock.instant().getEpochSecond() + 40));
	}

	@Test
	void clientApiWhenWindowPassesAllowsAgain() {
		for (int i = 0; i < 3; i++) {
			this.admin.get("/api/client/account");
		}
		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(429);

		this.clock.advance(Duration.ofSeconds(61));

		SimulatorClient.Response response = this.admin.get("/api/client/account");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("2");
	}

	@Test
	void bucketsWhenDifferentUsersAreSeparateAndErrorsCount() {
		SimulatorClient player = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
		this.admin.get("/api/client/account");
		this.admin.get("/api/client/servers/zzzz9999");

		SimulatorClient.Response response = player.get("/api/client/account");

		assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("0");
	}

	@Test
	void unauthenticatedWhenRejectedIsNotCountedAndHasNoHeaders() {
		SimulatorClient anonymous = SimulatorClient.of(this.simulator, null);
		SimulatorClient.Response rejected = anonymous.get("/api/client/account");
		anonymous.get("/api/client/account");

		assertThat(rejected.header("X-RateLimit-Limit")).isNull();
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("2");
	}

	@Test
	void bucketsWhenClientAndApplicationApisAreSeparate() {
		SimulatorClient application = SimulatorClient.of(this.simulator, this.simulator.applicationKey());
		application.get("/api/application/users");

		SimulatorClient.Response second = application.get("/api/application/users");
		SimulatorClient.Response third = application.get("/api/application/users");

		assertThat(second.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(third.status()).isEqualTo(429);
		assertThat(this.admin.get("/api/client/account").header("X-RateLimit-Remaining")).isEqualTo("2");
	}

}
