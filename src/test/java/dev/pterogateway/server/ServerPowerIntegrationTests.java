package dev.pterogateway.server;

import java.time.Duration;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Power actions over real HTTP against the simulated panels: the panel receives the
 * signal and the server changes state; suspended and installing servers refuse clearly;
 * every attempt is audited.
 */
@GatewayIntegrationTest
class ServerPowerIntegrationTests {

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
	void startWhenOfflineSendsSignalAndServerReachesRunning() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));
		String id = owner.id(0);

		ApiClient.Reply reply = this.api.post("/api/server/" + id + "/start", owner.token(), null);

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(reply.text("action")).isEqualTo("start");
		assertThat(reply.text("id")).isEqualTo(id);
		assertThat(reply.text("panel")).isEqualTo("oci");
		assertThat(this.fixtures.panel("oci").state().powerSignals(id)).containsExactly("start");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get("/api/server/" + id + "/status", owner.token()).text("status"),
					"running"::equals);
	}

	@ParameterizedTest
	@ValueSource(strings = { "stop", "restart", "kill" })
	void powerWhenRunningSendsEachSignal(String action) {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		String id = owner.id(0);

		ApiClient.Reply reply = this.api.post("/api/server/main:" + id + "/" + action, owner.token(), null);

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("action")).isEqualTo(action);
		assertThat(this.fixtures.panel("main").state().powerSignals(id)).containsExactly(action);
	}

	@Test
	void stopWhenRunningServerReachesOffline() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		PanelSimulator main = this.fixtures.panel("main");

		this.api.post("/api/server/" + owner.id(0) + "/stop", owner.token(), null);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> main.state().server(owner.id(0)).powerState(), PowerState.OFFLINE::equals);
	}

	@Test
	void startWhenSuspendedAnswersConflictAndSendsNothing() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withStatus("suspended")));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/start", owner.token(), null);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("server_suspended");
		assertThat(reply.text("error")).contains("suspended");
		assertThat(this.fixtures.panel("main").state().powerSignals(owner.id(0))).isEmpty();
	}

	@Test
	void startWhenInstallingAnswersConflictAndSendsNothing() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci", (seed) -> seed.withStatus("installing")));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/restart", owner.token(), null);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("server_installing");
		assertThat(this.fixtures.panel("oci").state().powerSignals(owner.id(0))).isEmpty();
	}

	@Test
	void startWhenServerIsSomeoneElsesAnswersNotFoundButAdminMay() {
		String foreign = this.fixtures.foreign(on("main")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));
		TestAccounts.TestUser admin = this.fixtures.admin();

		ApiClient.Reply forUser = this.api.post("/api/server/" + foreign + "/start", owner.token(), null);

		assertThat(forUser.status()).isEqualTo(404);
		assertThat(forUser.text("code")).isEqualTo("server_not_found");
		assertThat(this.fixtures.panel("main").state().powerSignals(foreign)).isEmpty();
		assertThat(this.api.post("/api/server/" + foreign + "/start", admin.accessToken(), null).status())
			.isEqualTo(200);
		assertThat(this.fixtures.panel("main").state().powerSignals(foreign)).containsExactly("start");
		JsonNode denied = this.fixtures.auditOf(admin, owner.email(), "server.power.start", 1).get(0);
		assertThat(denied.path("outcome").asString()).isEqualTo("DENIED");
		assertThat(denied.path("identifier").asString()).isEqualTo(foreign);
		assertThat(denied.path("detail").asString()).isEqualTo("server_not_found");
	}

	@Test
	void powerWhenAttemptedIsAuditedWithOutcome() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"), on("oci", (seed) -> seed.withStatus("suspended")));
		TestAccounts.TestUser admin = this.fixtures.admin();
		this.api.post("/api/server/" + owner.id(0) + "/start", owner.token(), null);
		this.api.post("/api/server/" + owner.id(1) + "/start", owner.token(), null);

		JsonNode events = this.fixtures.auditOf(admin, owner.email(), "server.power.start", 2);

		JsonNode refused = events.get(0);
		assertThat(refused.path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(refused.path("identifier").asString()).isEqualTo(owner.id(1));
		assertThat(refused.path("detail").asString()).isEqualTo("server_suspended");
		JsonNode started = events.get(1);
		assertThat(started.path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(started.path("actor").asString()).isEqualTo(owner.email());
		assertThat(started.path("authMethod").asString()).isEqualTo("jwt");
		assertThat(started.path("panel").asString()).isEqualTo("oci");
		assertThat(started.path("identifier").asString()).isEqualTo(owner.id(0));
		assertThat(started.path("clientAddress").asString()).isEqualTo("127.0.0.1");
	}

}
