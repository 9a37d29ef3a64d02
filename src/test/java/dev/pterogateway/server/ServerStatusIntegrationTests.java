package dev.pterogateway.server;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.ResourceOverride;
import dev.pterogateway.simulator.ServerLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/server/{id}/status} over real HTTP: the seed API's units from the
 * panel's live resources, unlimited resources, and servers that cannot report.
 */
@GatewayIntegrationTest
class ServerStatusIntegrationTests {

	private static final long MIB = 1_048_576L;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ServerFixtures fixtures;

	private ApiClient api;

	@BeforeEach
	void setUp() {
		this.fixtures = new ServerFixtures(this.context, this.port);
		this.api = this.fixtures.api();
	}

	@Test
	void statusWhenRunningReportsBytesAndPercentOfLimits() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci",
				(seed) -> seed.withLimits(ServerLimits.of(2048, 10240, 200)).withPowerState(PowerState.RUNNING)));
		this.fixtures.panel("oci")
			.state()
			.overrideResources(owner.id(0), new ResourceOverride(150.0, 512 * MIB, 2560 * MIB));

		ApiClient.Reply reply = this.api.get("/api/server/" + owner.id(0) + "/status", owner.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.path("id").asString()).isEqualTo(owner.id(0));
		assertThat(body.path("panel").asString()).isEqualTo("oci");
		assertThat(body.path("status").asString()).isEqualTo("running");
		assertThat(body.at("/stats/status").asString()).isEqualTo("success");
		JsonNode data = body.at("/stats/data");
		assertThat(data.path("state").asString()).isEqualTo("running");
		assertThat(data.path("cpu").asDouble()).isEqualTo(75.0);
		assertThat(data.path("cpuAbsolute").asDouble()).isEqualTo(150.0);
		assertThat(data.at("/memory/used").asLong()).isEqualTo(512 * MIB);
		assertThat(data.at("/memory/max").asLong()).isEqualTo(2048 * MIB);
		assertThat(data.at("/memory/usage").asDouble()).isEqualTo(25.0);
		assertThat(data.at("/disk/used").asLong()).isEqualTo(2560 * MIB);
		assertThat(data.at("/disk/max").asLong()).isEqualTo(10240 * MIB);
		assertThat(data.at("/disk/usage").asDouble()).isEqualTo(25.0);
		assertThat(data.at("/network/in").isIntegralNumber()).isTrue();
		assertThat(data.at("/network/out").isIntegralNumber()).isTrue();
		assertThat(data.path("uptime").asLong()).isBetween(0L, 60L);
		// no sweep runs in this context; MonitorAlertIntegrationTests reads real samples
		assertThat(data.path("history").isArray()).isTrue();
		assertThat(data.path("history")).isEmpty();
	}

	@Test
	void statusWhenLimitsAreUnlimitedReportsNoMaxAndNoUsage() {
		ServerFixtures.Owner owner = this.fixtures
			.owner(on("main", (seed) -> seed.withLimits(ServerLimits.of(0, 0, 0)).withPowerState(PowerState.RUNNING)));
		this.fixtures.panel("main").state().overrideResources(owner.id(0), new ResourceOverride(80.0, 300 * MIB, MIB));

		JsonNode data = this.api.get("/api/server/" + owner.id(0) + "/status", owner.token()).json().at("/stats/data");

		assertThat(data.at("/memory/used").asLong()).isEqualTo(300 * MIB);
		assertThat(data.at("/memory/max").asLong()).isZero();
		assertThat(data.at("/memory/usage").isNull()).isTrue();
		assertThat(data.at("/disk/max").asLong()).isZero();
		assertThat(data.at("/disk/usage").isNull()).isTrue();
		assertThat(data.path("cpu").isNull()).isTrue();
		assertThat(data.path("cpuAbsolute").asDouble()).isEqualTo(80.0);
	}

	@Test
	void statusWhenOfflineReportsNoUptime() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		JsonNode body = this.api.get("/api/server/main:" + owner.id(0) + "/status", owner.token()).json();

		assertThat(body.path("status").asString()).isEqualTo("offline");
		assertThat(body.at("/stats/data/uptime").asLong()).isZero();
		assertThat(body.at("/stats/data/memory/used").asLong()).isZero();
		assertThat(body.at("/stats/data/memory/max").asLong()).isEqualTo(2048 * MIB);
	}

	@Test
	void statusWhenSuspendedOrInstallingAnswersConflictWithItsReason() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withStatus("suspended")),
				on("oci", (seed) -> seed.withStatus("installing")));

		ApiClient.Reply suspended = this.api.get("/api/server/" + owner.id(0) + "/status", owner.token());
		ApiClient.Reply installing = this.api.get("/api/server/" + owner.id(1) + "/status", owner.token());

		assertThat(suspended.status()).isEqualTo(409);
		assertThat(suspended.text("code")).isEqualTo("server_suspended");
		assertThat(suspended.text("error")).contains("main:" + owner.id(0)).contains("suspended");
		assertThat(installing.status()).isEqualTo(409);
		assertThat(installing.text("code")).isEqualTo("server_installing");
	}

	@Test
	void statusWhenServerIsSomeoneElsesAnswersNotFound() {
		String foreign = this.fixtures.foreign(on("oci")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		ApiClient.Reply reply = this.api.get("/api/server/" + foreign + "/status", owner.token());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("server_not_found");
	}

}
