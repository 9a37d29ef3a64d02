package dev.pterogateway.server;

import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.simulator.PowerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console commands over real HTTP against the simulated panels: delivered to a running
 * server, refused for an offline one, validated, and audited.
 */
@GatewayIntegrationTest
class ServerCommandIntegrationTests {

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
	void commandWhenRunningReachesTheConsole() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(),
				Map.of("command", "say hello"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(204);
		assertThat(reply.body()).isEmpty();
		assertThat(this.fixtures.panel("oci").state().commands(owner.id(0))).containsExactly("say hello");
	}

	@Test
	void commandWhenOfflineAnswersConflict() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(),
				Map.of("command", "say hello"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("server_offline");
		assertThat(this.fixtures.panel("main").state().commands(owner.id(0))).isEmpty();
		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.command", 1).get(0);
		assertThat(event.path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(event.path("detail").asString()).startsWith("panel main ServerOffline: ");
	}

	@Test
	void commandWhenEmptyOrTooLongAnswersBadRequest() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		String path = "/api/server/" + owner.id(0) + "/command";

		ApiClient.Reply empty = this.api.post(path, owner.token(), Map.of("command", ""));
		ApiClient.Reply blank = this.api.post(path, owner.token(), Map.of("command", "   "));
		ApiClient.Reply missing = this.api.post(path, owner.token(), Map.of());
		ApiClient.Reply tooLong = this.api.post(path, owner.token(), Map.of("command", "x".repeat(2001)));
		ApiClient.Reply longest = this.api.post(path, owner.token(), Map.of("command", "x".repeat(2000)));

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text("code")).isEqualTo("validation_failed");
		assertThat(empty.json().at("/fields/0/field").asString()).isEqualTo("command");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text("code")).isEqualTo("validation_failed");
		assertThat(longest.status()).isEqualTo(204);
		assertThat(this.fixtures.panel("main").state().commands(owner.id(0))).containsExactly("x".repeat(2000));
	}

	@Test
	void commandWhenServerIsSomeoneElsesAnswersNotFound() {
		String foreign = this.fixtures.foreign(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)))
			.get(0)
			.identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		ApiClient.Reply reply = this.api.post("/api/server/" + foreign + "/command", owner.token(),
				Map.of("command", "op me"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.fixtures.panel("oci").state().commands(foreign)).isEmpty();
	}

	@Test
	void commandWhenSentIsAuditedWithTheCommandTruncated() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		String command = "say " + "a".repeat(300);
		this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(), Map.of("command", command));

		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.command", 1).get(0);

		assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(event.path("panel").asString()).isEqualTo("main");
		assertThat(event.path("identifier").asString()).isEqualTo(owner.id(0));
		assertThat(event.path("detail").asString()).isEqualTo(command.substring(0, 200));
	}

}
