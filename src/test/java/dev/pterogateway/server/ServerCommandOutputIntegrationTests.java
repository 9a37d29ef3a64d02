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
 * Commands that return their output, over real HTTP against the simulated panels and
 * their Wings websockets: the lines on success, a timeout when nothing comes, 502 when
 * Wings refuses the console token, 503 when Wings cannot be reached, 409 for an offline
 * server, 400 for a wait out of range.
 */
@GatewayIntegrationTest
class ServerCommandOutputIntegrationTests {

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
	void commandWhenWaitingForOutputAnswersTheConsoleLines() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command?waitForOutput=PT5S",
				owner.token(), Map.of("command", "say hello"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(reply.json().path("output").valueStream().map(JsonNode::asString)).containsExactly("> say hello");
		assertThat(this.fixtures.panel("oci").state().commands(owner.id(0))).containsExactly("say hello");
		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.command", 1).get(0);
		assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS");
	}

	@Test
	void commandWhenBodyHasWaitMsAnswersTheConsoleLines() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(),
				Map.of("command", "list", "waitMs", 5000));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(reply.json().path("output").valueStream().map(JsonNode::asString)).containsExactly("> list");
	}

	@Test
	void commandWhenNoOutputComesInTimeAnswersTimeout() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		String path = "/api/server/" + owner.id(0) + "/command?waitForOutput=PT5S";
		assertThat(this.api.post(path, owner.token(), Map.of("command", "say warm")).status()).isEqualTo(200);
		try {
			// the console connection is open now; the command itself never reaches Wings
			this.fixtures.panel("oci").faults().hangNext(1);

			ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command?waitForOutput=PT0.5S",
					owner.token(), Map.of("command", "say nothing"));

			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			assertThat(reply.text("status")).isEqualTo("timeout");
			assertThat(reply.json().path("output").isEmpty()).isTrue();
		}
		finally {
			this.fixtures.panel("oci").faults().clear();
		}
	}

	@Test
	void commandWhenWingsRefusesTheConsoleTokenAnswersConsoleAuthFailed() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		this.fixtures.panel("oci").faults().refuseWebsocketAuth(owner.id(0));
		try {
			ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command?waitForOutput=PT5S",
					owner.token(), Map.of("command", "say refused"));

			assertThat(reply.status()).as(reply.body()).isEqualTo(502);
			assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			assertThat(reply.text("code")).isEqualTo("console_auth_failed");
			assertThat(reply.text("id")).isEqualTo(owner.id(0));
			assertThat(this.fixtures.panel("oci").state().commands(owner.id(0))).isEmpty();
			JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.command", 1).get(0);
			assertThat(event.path("outcome").asString()).isEqualTo("FAILURE");
			assertThat(event.path("detail").asString()).isEqualTo("console_auth_failed");
		}
		finally {
			this.fixtures.panel("oci").faults().clear();
		}
	}

	@Test
	void commandWhenWingsIsUnreachableAnswersConsoleUnavailable() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));
		this.fixtures.panel("main").faults().wingsUnreachable(owner.id(0));
		try {
			ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(),
					Map.of("command", "say nobody hears", "waitMs", 2000));

			assertThat(reply.status()).as(reply.body()).isEqualTo(503);
			assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
			assertThat(reply.text("code")).isEqualTo("console_unavailable");
			assertThat(this.fixtures.panel("main").state().commands(owner.id(0))).isEmpty();
		}
		finally {
			this.fixtures.panel("main").faults().clear();
		}
	}

	@Test
	void commandWhenOfflineAndWaitingAnswersConflict() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply reply = this.api.post("/api/server/" + owner.id(0) + "/command?waitForOutput=PT2S",
				owner.token(), Map.of("command", "say hello"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("server_offline");
	}

	@Test
	void commandWhenWaitIsOutOfRangeAnswersBadRequest() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withPowerState(PowerState.RUNNING)));

		ApiClient.Reply tooLong = this.api.post("/api/server/" + owner.id(0) + "/command?waitForOutput=PT60S",
				owner.token(), Map.of("command", "say hello"));
		ApiClient.Reply zero = this.api.post("/api/server/" + owner.id(0) + "/command", owner.token(),
				Map.of("command", "say hello", "waitMs", 0));

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text("code")).isEqualTo("invalid_output_wait");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.text("code")).isEqualTo("validation_failed");
		assertThat(this.fixtures.panel("main").state().commands(owner.id(0))).isEmpty();
	}

	@Test
	void commandWhenServerIsSomeoneElsesAnswersNotFound() {
		String foreign = this.fixtures.foreign(on("oci", (seed) -> seed.withPowerState(PowerState.RUNNING)))
			.get(0)
			.identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		ApiClient.Reply reply = this.api.post("/api/server/oci:" + foreign + "/command?waitForOutput=PT1S",
				owner.token(), Map.of("command", "op me"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(this.fixtures.panel("oci").state().commands(foreign)).isEmpty();
	}

}
