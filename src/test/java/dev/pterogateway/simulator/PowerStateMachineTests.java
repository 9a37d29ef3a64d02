package dev.pterogateway.simulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PowerStateMachineTests {

	private PanelSimulator simulator;

	private SimulatorClient client;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withPowerDurations(Duration.ofSeconds(1), Duration.ofSeconds(1))
			.withInstallDuration(Duration.ofSeconds(1)));
		this.client = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	private String seed(PowerState state) {
		return this.simulator.state()
			.seedServer(ServerSeed.of("Power test", "player1@example.com").withPowerState(state))
			.identifier();
	}

	private SimulatorClient.Response power(String identifier, String signal) {
		return this.client.post("/api/client/servers/" + identifier + "/power", "{\"signal\":\"" + signal + "\"}");
	}

	private PowerState state(String identifier) {
		return this.simulator.state().server(identifier).powerState();
	}

	@Test
	void startWhenOfflineAnswers204ThenStartsThenRuns() {
		String id = seed(PowerState.OFFLINE);

		SimulatorClient.Response response = power(id, "start");

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(state(id)).isEqualTo(PowerState.STARTING);
		await().atMost(Duration.ofSeconds(5)).until(() -> state(id) == PowerState.RUNNING);
		assertThat(this.client.get("/api/client/servers/" + id + "/resources")
			.json()
			.at("/attributes/current_state")
			.asString()).isEqualTo("running");
		assertThat(this.simulator.state().powerSignals(id)).containsExactly("start");
		assertThat(this.simulator.state().console(id)).anyMatch((line) -> line.contains("Done ("));
	}

	@Test
	void stopWhenRunningGoesStoppingThenOffline() {
		String id = seed(PowerState.RUNNING);

		assertThat(power(id, "stop").status()).isEqualTo(204);

		assertThat(state(id)).isEqualTo(PowerState.STOPPING);
		await().atMost(Duration.ofSeconds(5)).until(() -> state(id) == PowerState.OFFLINE);
		SimulatorClient.Response resources = this.client.get("/api/client/servers/" + id + "/resources");
		assertThat(resources.json().at("/attributes/resources/memory_bytes").asLong()).isZero();
		assertThat(resources.json().at("/attributes/resources/uptime").asLong()).isZero();
		assertThat(resources.json().at("/attributes/resources/disk_bytes").asLong()).isPositive();
	}

	@Test
	void killWhenRunningIsOfflineAtOnce() {
		String id = seed(PowerState.RUNNING);

		assertThat(power(id, "kill").status()).isEqualTo(204);

		assertThat(state(id)).isEqualTo(PowerState.OFFLINE);
	}

	@Test
	void restartWhenRunningStopsThenStartsAgain() {
		String id = seed(PowerState.RUNNING);

		assertThat(power(id, "restart").status()).isEqualTo(204);

		assertThat(state(id)).isEqualTo(PowerState.STOPPING);
		await().atMost(Duration.ofSeconds(5)).until(() -> state(id) == PowerState.STARTING);
		await().atMost(Duration.ofSeconds(5)).until(() -> state(id) == PowerState.RUNNING);
	}

	@Test
	void startWhenRunningIsIgnoredButRecorded() {
		String id = seed(PowerState.RUNNING);

		assertThat(power(id, "start").status()).isEqualTo(204);

		assertThat(state(id)).isEqualTo(PowerState.RUNNING);
		assertThat(this.simulator.state().powerSignals(id)).containsExactly("start");
	}

	@Test
	void powerWhenSignalInvalidAnswers422() {
		String id = seed(PowerState.OFFLINE);

		SimulatorClient.Response invalid = power(id, "explode");
		SimulatorClient.Response missing = this.client.post("/api/client/servers/" + id + "/power", "{}");

		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).isEqualTo("{\"errors\":[{\"code\":\"ValidationException\",\"status\":\"422\","
				+ "\"detail\":\"The selected signal is invalid.\",\"meta\":{\"source_field\":\"signal\",\"rule\":\"in\"}}]}");
		assertThat(missing.json().at("/errors/0/detail").asString()).isEqualTo("The signal field is required.");
		assertThat(missing.json().at("/errors/0/meta/rule").asString()).isEqualTo("required");
		assertThat(this.simulator.state().powerSignals(id)).isEmpty();
	}

	@Test
	void powerWhenSuspendedAnswers409() {
		String id = this.simulator.state()
			.seedServer(ServerSeed.of("Suspended", "player1@example.com").withStatus("suspended"))
			.identifier();

		SimulatorClient.Response response = power(id, "start");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().at("/errors/0/code").asString()).isEqualTo("ServerStateConflictException");
	}

	@Test
	void commandWhenOfflineAnswers502() {
		String id = seed(PowerState.OFFLINE);

		SimulatorClient.Response response = this.client.post("/api/client/servers/" + id + "/command",
				"{\"command\":\"say hi\"}");

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"HttpException\",\"status\":\"502\","
				+ "\"detail\":\"Server must be online in order to send commands.\"}]}");
		assertThat(this.simulator.state().commands(id)).isEmpty();
	}

	@Test
	void commandWhenRunningIsRecordedAndEchoed() {
		String id = seed(PowerState.RUNNING);

		SimulatorClient.Response response = this.client.post("/api/client/servers/" + id + "/command",
				"{\"command\":\"say hi\"}");

		assertThat(response.status()).isEqualTo(204);
		assertThat(this.simulator.state().commands(id)).containsExactly("say hi");
		assertThat(this.simulator.state().console(id)).last().isEqualTo("> say hi");
	}

	@Test
	void crashWhenRunningGoesOfflineWithCrashLines() {
		String id = seed(PowerState.RUNNING);

		this.simulator.state().crash(id);

		assertThat(state(id)).isEqualTo(PowerState.OFFLINE);
		assertThat(this.simulator.state().console(id))
			.anyMatch((line) -> line.contains("Detected server process in a crashed state!"));
		assertThat(this.simulator.state().powerSignals(id)).isEmpty();
	}

	@Test
	void reinstallWhenRequestedAnswers202ThenInstallsThenFinishes() {
		String id = seed(PowerState.RUNNING);

		SimulatorClient.Response response = this.client.post("/api/client/servers/" + id + "/settings/reinstall", null);

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.body()).isEqualTo("[]");
		assertThat(this.simulator.state().server(id).status()).isEqualTo("installing");
		assertThat(state(id)).isEqualTo(PowerState.OFFLINE);
		assertThat(this.client.get("/api/client/servers/" + id + "/resources").json().at("/errors/0/detail").asString())
			.isEqualTo("This server has not yet completed its installation process, please try again later.");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.simulator.state().server(id).status() == null);
	}

}
