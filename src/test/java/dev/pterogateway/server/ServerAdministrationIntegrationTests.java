package dev.pterogateway.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.UserSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting servers, resetting the owner's panel password and opening the console, over
 * real HTTP against the simulated panels.
 */
@GatewayIntegrationTest
class ServerAdministrationIntegrationTests {

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
	void deleteWhenAdminRemovesServerFromPanelAndList() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"), on("main"));
		TestAccounts.TestUser admin = this.fixtures.admin();
		String id = owner.id(0);

		ApiClient.Reply reply = this.api.delete("/api/server/" + id, admin.accessToken());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("deleted");
		assertThat(reply.text("id")).isEqualTo(id);
		assertThat(reply.text("panel")).isEqualTo("oci");
		assertThat(this.fixtures.panel("oci").state().servers()).noneMatch((server) -> server.identifier().equals(id));
		JsonNode listed = this.api.get("/api/server", owner.token()).json().path("data");
		assertThat(listed).extracting((server) -> server.path("id").asString()).containsExactly(owner.id(1));
		assertThat(this.api.get("/api/server/" + id, owner.token()).status()).isEqualTo(404);
		JsonNode event = this.fixtures.auditOf(admin, admin.email(), "server.delete", 1).get(0);
		assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(event.path("panel").asString()).isEqualTo("oci");
		assertThat(event.path("identifier").asString()).isEqualTo(id);
	}

	@Test
	void deleteWhenOwnerAndOwnersMayNotAnswersForbiddenAndKeepsServer() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply reply = this.api.delete("/api/server/" + owner.id(0), owner.token());

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.text("code")).isEqualTo("delete_not_allowed");
		assertThat(this.fixtures.panel("main").state().server(owner.id(0))).isNotNull();
		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.delete", 1).get(0);
		assertThat(event.path("outcome").asString()).isEqualTo("DENIED");
		assertThat(event.path("detail").asString()).isEqualTo("delete_not_allowed");
	}

	@Test
	void deleteWhenServerIsSomeoneElsesAnswersNotFound() {
		String foreign = this.fixtures.foreign(on("main")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply reply = this.api.delete("/api/server/" + foreign, owner.token());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.fixtures.panel("main").state().server(foreign)).isNotNull();
	}

	@Test
	void passwordWhenOwnerAsksChangesThePanelPassword() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));
		PanelSimulator oci = this.fixtures.panel("oci");

		ApiClient.Reply first = this.api.post("/api/server/" + owner.id(0) + "/password", owner.token(), null);
		ApiClient.Reply second = this.api.post("/api/server/" + owner.id(0) + "/password", owner.token(), null);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.text("status")).isEqualTo("success");
		String password = first.text("password");
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		String newer = second.text("password");
		assertThat(newer).isNotEqualTo(password);
		assertThat(oci.state().passwordMatches(owner.email(), newer)).isTrue();
		assertThat(oci.state().passwordMatches(owner.email(), password)).isFalse();
		assertThat(oci.state().users()).filteredOn((user) -> user.email().equals(owner.email()))
			.singleElement()
			.satisfies((user) -> assertThat(user.firstName()).isNotBlank());
		JsonNode events = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.password.reset", 2);
		assertThat(events).allSatisfy((event) -> assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS"));
		assertThat(events.toString()).doesNotContain(password).doesNotContain(newer);
	}

	@Test
	void passwordWhenOwnerIsPanelAdministratorAnswersConflict() {
		String email = TestAccounts.uniqueEmail("root");
		PanelSimulator main = this.fixtures.panel("main");
		main.state().seedUser(new UserSeed(email, email.split("@")[0], true));
		String id = main.state().seedServer(ServerSeed.of("root-owned", email)).identifier();
		this.fixtures.refreshDirectory();

		ApiClient.Reply reply = this.api.post("/api/server/" + id + "/password", this.fixtures.admin().accessToken(),
				null);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("owner_is_panel_admin");
	}

	@Test
	void passwordWhenServerIsSomeoneElsesAnswersNotFound() {
		String foreign = this.fixtures.foreign(on("oci")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		assertThat(this.api.post("/api/server/" + foreign + "/password", owner.token(), null).status()).isEqualTo(404);
	}

	@Test
	void consoleWhenOwnerAsksGivesWingsSocketTokenAndRelayTopic() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"), on("oci"));

		ApiClient.Reply byId = this.api.post("/api/server/console", owner.token(), Map.of("id", owner.id(0)));
		ApiClient.Reply byVmid = this.api.post("/api/server/console", owner.token(),
				Map.of("vmid", "oci:" + owner.id(1)));

		assertThat(byId.status()).as(byId.body()).isEqualTo(200);
		assertThat(byId.text("status")).isEqualTo("success");
		assertThat(byId.text("panel")).isEqualTo("main");
		assertThat(byId.text("socket")).startsWith("ws").endsWith("/api/servers/" + owner.server(0).uuid() + "/ws");
		assertThat(byId.text("token").split("\\.")).hasSize(3);
		assertThat(Instant.parse(byId.text("expiresAt"))).isBetween(Instant.now().plus(Duration.ofMinutes(9)),
				Instant.now().plus(Duration.ofMinutes(11)));
		assertThat(byId.text("topic")).isEqualTo("/topic/servers.main." + owner.id(0) + ".console");
		assertThat(byVmid.status()).isEqualTo(200);
		assertThat(byVmid.text("topic")).isEqualTo("/topic/servers.oci." + owner.id(1) + ".console");
		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.console.access", 2).get(1);
		assertThat(event.toString()).doesNotContain(byId.text("token"));
	}

	@Test
	void consoleWhenNoOrForeignOrSuspendedServerAnswersClearly() {
		String foreign = this.fixtures.foreign(on("main")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withStatus("suspended")));

		ApiClient.Reply none = this.api.post("/api/server/console", owner.token(), Map.of());
		ApiClient.Reply other = this.api.post("/api/server/console", owner.token(), Map.of("id", foreign));
		ApiClient.Reply suspended = this.api.post("/api/server/console", owner.token(), Map.of("id", owner.id(0)));

		assertThat(none.status()).isEqualTo(400);
		assertThat(none.text("code")).isEqualTo("invalid_server_id");
		assertThat(other.status()).isEqualTo(404);
		assertThat(suspended.status()).isEqualTo(409);
		assertThat(suspended.text("code")).isEqualTo("server_suspended");
	}

}
