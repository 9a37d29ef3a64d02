package dev.pterogateway.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;

import dev.pterogateway.ManualClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class WingsWebSocketTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ManualClock clock = new ManualClock(Instant.now());

	private PanelSimulator simulator;

	private SimulatorClient client;

	private WingsClient wings;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withClock(this.clock)
			.withStatsInterval(Duration.ofMillis(100))
			.withWebsocketToken(Duration.ofSeconds(90), Duration.ofMillis(50))
			.withConsoleLogCount(3));
		this.client = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
	}

	@AfterEach
	void stop() {
		if (this.wings != null) {
			this.wings.close();
		}
		this.simulator.close();
	}

	private String seed(PowerState state) {
		return this.simulator.state()
			.seedServer(ServerSeed.of("Socket", "player1@example.com")
				.withPowerState(state)
				.withFeatureLimits(new FeatureLimits(0, 1, 3)))
			.identifier();
	}

	private JsonNode credentials(String identifier) {
		return this.client.get("/api/client/servers/" + identifier + "/websocket").json().get("data");
	}

	private WingsClient connect(String identifier) {
		this.wings = WingsClient.connect(credentials(identifier).get("socket").asString(),
				this.simulator.url().toString());
		return this.wings;
	}

	private WingsClient authenticated(String identifier) {
		WingsClient socket = connect(identifier);
		socket.send("auth", credentials(identifier).get("token").asString());
		socket.awaitFrame("auth success");
		return socket;
	}

	@Test
	void connectWhenOriginIsNotThePanelFailsWith403() {
		String id = seed(PowerState.OFFLINE);
		String socket = credentials(id).get("socket").asString();

		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> WingsClient.connect(socket, "https://evil.example.com"))
			.havingCause()
			.isInstanceOfSatisfying(WebSocketHandshakeException.class,
					(ex) -> assertThat(ex.getResponse().statusCode()).isEqualTo(403));
	}

	@Test
	void connectWhenServerUnknownAnswers404Json() throws Exception {
		URI uri = this.simulator.url().resolve("/api/servers/00000000-0000-4000-8000-000000000000/ws");

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body())
			.isEqualTo("{\"error\":\"The requested resource does not exist on this instance.\"}");
	}

	@Test
	void eventWhenNotAuthenticatedAnswersNoJwtPresent() {
		WingsClient socket = connect(seed(PowerState.RUNNING));

		socket.send("send stats");

		assertThat(socket.awaitFrame("jwt error").toString())
			.isEqualTo("{\"event\":\"jwt error\",\"args\":[\"jwt: no jwt present\"]}");
	}

	@Test
	void authWhenValidSendsSuccessStatusAndPeriodicStats() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = connect(id);

		socket.send("auth", credentials(id).get("token").asString());

		assertThat(socket.awaitFrame("auth success").toString()).isEqualTo("{\"event\":\"auth success\"}");
		assertThat(socket.awaitFrame("status").toString()).isEqualTo("{\"event\":\"status\",\"args\":[\"running\"]}");
		await().atMost(Duration.ofSeconds(5)).until(() -> socket.frames("stats").size() >= 2);
		JsonNode stats = MAPPER.readTree(socket.frames("stats").get(0).at("/args/0").asString());
		assertThat(stats.propertyNames()).containsExactly("memory_bytes", "memory_limit_bytes", "cpu_absolute",
				"network", "uptime", "state", "disk_bytes");
		assertThat(stats.get("state").asString()).isEqualTo("running");
		assertThat(stats.get("memory_limit_bytes").asLong()).isGreaterThan(2048L * 1024 * 1024);
	}

	@Test
	void authWhenOfflineSendsOneZeroStatsAndReauthOnlySuccess() {
		String id = seed(PowerState.OFFLINE);
		WingsClient socket = authenticated(id);
		socket.awaitFrame("stats");

		socket.send("auth", credentials(id).get("token").asString());

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.frames("auth success").size() == 2);
		assertThat(socket.frames("status")).hasSize(1);
		assertThat(socket.frames("stats")).hasSize(1);
		JsonNode stats = MAPPER.readTree(socket.frames("stats").get(0).at("/args/0").asString());
		assertThat(stats.get("state").asString()).isEqualTo("offline");
		assertThat(stats.get("memory_bytes").asLong()).isZero();
		assertThat(stats.get("disk_bytes").asLong()).isPositive();
	}

	@Test
	void authWhenTokenForgedAnswersDaemonError() {
		String id = seed(PowerState.OFFLINE);
		WingsClient socket = connect(id);
		String token = credentials(id).get("token").asString();

		socket.send("auth", token.substring(0, token.length() - 4) + "AAAA");

		assertThat(socket.awaitFrame("daemon error").at("/args/0").asString()).matches(
				"Error Event \\[[0-9a-f-]{36}\\]: an unexpected error was encountered while handling this request");
		assertThat(socket.frames("auth success")).isEmpty();
	}

	@Test
	void authWhenTokenIsForAnotherServerAnswersUuidMismatch() {
		String id = seed(PowerState.RUNNING);
		String other = seed(PowerState.RUNNING);
		WingsClient socket = connect(id);

		socket.send("auth", credentials(other).get("token").asString());

		assertThat(socket.awaitFrame("jwt error").at("/args/0").asString())
			.matches("Error Event \\[[0-9a-f-]{36}\\]: jwt: server uuid mismatch");
		assertThat(socket.frames("auth success")).isEmpty();
		assertThat(this.simulator.state().openWebsockets(id)).isZero();
	}

	@Test
	void authWhenFaultRefusesTheServersTokensAnswersDaemonError() {
		String id = seed(PowerState.RUNNING);
		this.simulator.faults().refuseWebsocketAuth(id);
		WingsClient socket = connect(id);

		socket.send("auth", credentials(id).get("token").asString());

		assertThat(socket.awaitFrame("daemon error").at("/args/0").asString())
			.endsWith("]: an unexpected error was encountered while handling this request");
		assertThat(socket.frames("auth success")).isEmpty();
	}

	@Test
	void connectWhenFaultMakesWingsUnreachableIsRefused() {
		String id = seed(PowerState.RUNNING);
		this.simulator.faults().wingsUnreachable(id);
		String socket = credentials(id).get("socket").asString();

		assertThat(URI.create(socket).getPort()).isNotEqualTo(this.simulator.url().getPort());
		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> WingsClient.connect(socket, this.simulator.url().toString()));
	}

	@Test
	void tokenWhenFaultShortensItWarnsWithTheGivenLeadAndCountsRenewals() {
		this.simulator.faults()
			.expireWebsocketTokens(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofMillis(50));
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);

		this.clock.advance(Duration.ofSeconds(10));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> socket.frames("token expiring").isEmpty());
		this.clock.advance(Duration.ofSeconds(6));
		socket.awaitFrame("token expiring");
		socket.send("auth", credentials(id).get("token").asString());

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.frames("auth success").size() == 2);
		assertThat(this.simulator.state().websocketAuthentications(id)).isEqualTo(2);
		assertThat(this.simulator.state().openWebsockets(id)).isEqualTo(1);
	}

	@Test
	void installWhenSocketHasTheInstallPermissionRelaysInstallOutput() {
		String id = seed(PowerState.OFFLINE);
		SimulatorClient admin = SimulatorClient.of(this.simulator, this.simulator.clientKey());
		JsonNode adminCredentials = admin.get("/api/client/servers/" + id + "/websocket").json().get("data");
		WingsClient adminSocket = WingsClient.connect(adminCredentials.get("socket").asString(),
				this.simulator.url().toString());
		try {
			adminSocket.send("auth", adminCredentials.get("token").asString());
			adminSocket.awaitFrame("auth success");
			WingsClient playerSocket = authenticated(id);

			admin.post("/api/client/servers/" + id + "/settings/reinstall", null);

			adminSocket.awaitFrame("install started");
			await().atMost(Duration.ofSeconds(5)).until(() -> adminSocket.frames("install output").size() >= 3);
			assertThat(adminSocket.frames("install output"))
				.anySatisfy((frame) -> assertThat(frame.at("/args/0").asString()).startsWith("Installing "));
			adminSocket.awaitFrame("install completed");
			playerSocket.awaitFrame("install completed");
			assertThat(playerSocket.frames("install output")).isEmpty();
		}
		finally {
			adminSocket.close();
		}
	}

	@Test
	void sendLogsWhenRunningReplaysLastLines() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);
		List<String> console = this.simulator.state().console(id);

		socket.send("send logs");

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.frames("console output").size() == 3);
		assertThat(socket.frames("console output")).extracting((frame) -> frame.at("/args/0").asString())
			.containsExactlyElementsOf(console.subList(console.size() - 3, console.size()));
	}

	@Test
	void sendCommandWhenRunningEchoesAndRecords() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);

		socket.send("send command", "say hello");

		socket.awaitFrame("console output", "> say hello");
		assertThat(this.simulator.state().commands(id)).containsExactly("say hello");
	}

	@Test
	void setStateWhenStartFollowsThePowerStateMachine() {
		String id = seed(PowerState.OFFLINE);
		WingsClient socket = authenticated(id);

		socket.send("set state", "start");

		socket.awaitFrame("status", "starting");
		socket.awaitFrame("status", "running");
		assertThat(socket.frames("console output"))
			.anySatisfy((frame) -> assertThat(frame.at("/args/0").asString()).contains("[Pterodactyl Daemon]:"));
		assertThat(this.simulator.state().powerSignals(id)).containsExactly("start");
	}

	@Test
	void tokenWhenCloseToExpiryWarnsThenExpiresUntilReauth() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);

		this.clock.advance(Duration.ofSeconds(40));
		socket.awaitFrame("token expiring");
		this.clock.advance(Duration.ofSeconds(60));

		socket.awaitFrame("jwt error", "jwt: exp claim is invalid");
		int before = socket.frames("auth success").size();
		socket.send("auth", credentials(id).get("token").asString());
		await().atMost(Duration.ofSeconds(5)).until(() -> socket.frames("auth success").size() == before + 1);
		socket.send("send command", "list");
		socket.awaitFrame("console output", "> list");
	}

	@Test
	void backupWhenCompletedIsAnnounced() {
		String id = seed(PowerState.OFFLINE);
		WingsClient socket = authenticated(id);

		String uuid = this.client.post("/api/client/servers/" + id + "/backups", "{}")
			.json()
			.at("/attributes/uuid")
			.asString();

		JsonNode payload = MAPPER.readTree(socket.awaitFrame("backup completed").at("/args/0").asString());
		assertThat(payload.get("uuid").asString()).isEqualTo(uuid);
		assertThat(payload.get("is_successful").asBoolean()).isTrue();
		assertThat(payload.get("checksum_type").asString()).isEqualTo("sha1");
		assertThat(payload.get("file_size").asLong()).isPositive();
	}

	@Test
	void deleteWhenServerRemovedSendsDeletedAndCloses1001() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);

		this.simulator.state().deleteServer(id);

		assertThat(socket.awaitFrame("deleted").toString()).isEqualTo("{\"event\":\"deleted\",\"args\":[\"null\"]}");
		assertThat(socket.awaitClose()).isEqualTo(1001);
	}

	@Test
	void crashWhenRunningAnnouncesOfflineAndCrashLines() {
		String id = seed(PowerState.RUNNING);
		WingsClient socket = authenticated(id);

		this.simulator.state().crash(id);

		socket.awaitFrame("status", "offline");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> socket.frames("console output")
				.stream()
				.anyMatch((frame) -> frame.at("/args/0").asString().contains("crashed state")));
	}

	@Test
	void authWhenTokenIssuedBeforeRestartIsDenylisted() {
		String id = seed(PowerState.OFFLINE);
		String oldToken = credentials(id).get("token").asString();
		this.clock.advance(Duration.ofSeconds(2));
		this.simulator.restart();
		WingsClient socket = connect(id);

		socket.send("auth", oldToken);

		assertThat(socket.awaitFrame("jwt error").at("/args/0").asString())
			.endsWith("]: jwt: created too far in past (denylist)");
	}

	@Test
	void stopWhenSimulatorStopsDropsSockets() {
		WingsClient socket = authenticated(seed(PowerState.RUNNING));

		this.simulator.stop();

		assertThat(socket.awaitClose()).isNotEqualTo(1000);
	}

}
