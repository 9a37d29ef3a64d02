package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Application API server updates (details, build, startup), suspension, reinstall and
 * deletion.
 */
class ApplicationServerUpdateApiTests {

	private static final String BUILD = """
			{"allocation":%d,"memory":8192,"swap":0,"disk":40960,"io":500,"cpu":400,"threads":null,
			 "feature_limits":{"databases":2,"allocations":3,"backups":null}%s}""";

	private PanelSimulator simulator;

	private SimulatorClient application;

	private SimulatedServer server;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withServers(0)
			.withInstallDuration(Duration.ofMillis(300))
			.withClock(ApplicationUserApiTests.CLOCK));
		this.application = SimulatorClient.of(this.simulator, this.simulator.applicationKey());
		this.server = this.simulator.state()
			.seedServer(ServerSeed.of("Survival", "player1@example.com").withPowerState(PowerState.RUNNING));
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	private String path(String suffix) {
		return "/api/application/servers/" + this.server.id() + suffix;
	}

	private SimulatorClient client() {
		return SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
	}

	@Test
	void detailsWhenExternalIdAndDescriptionOmittedClearsThem() {
		this.application.patch(path("/details"),
				"{\"name\":\"Survival\",\"user\":2,\"external_id\":\"order-1\",\"description\":\"Main\"}");

		SimulatorClient.Response response = this.application.patch(path("/details"),
				"{\"name\":\"Creative\",\"user\":3}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode attributes = response.json().get("attributes");
		assertThat(attributes.get("name").asString()).isEqualTo("Creative");
		assertThat(attributes.get("user").asInt()).isEqualTo(3);
		assertThat(attributes.get("external_id").isNull()).isTrue();
		assertThat(attributes.get("description").asString()).isEmpty();
		assertThat(this.simulator.state().server(this.server.identifier()).ownerEmail())
			.isEqualTo("player2@example.com");
	}

	@Test
	void detailsWhenNameAndUserMissingAnswers422() {
		SimulatorClient.Response response = this.application.patch(path("/details"), "{\"user\":99}");

		assertThat(response.json().get("errors"))
			.extracting((error) -> error.at("/meta/source_field").asString(),
					(error) -> error.at("/meta/rule").asString())
			.containsExactly(tuple("name", "required"), tuple("user", "exists"));
	}

	@Test
	void buildWhenLimitsTopLevelAppliesAndIsRecordedAndAddedWinsOverRemoved() {
		SimulatorClient.Response response = this.application.patch(path("/build"),
				BUILD.formatted(1, ",\"add_allocations\":[2,3],\"remove_allocations\":[3]"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().at("/attributes/limits").toString())
			.isEqualTo("{\"memory\":8192,\"swap\":0,\"disk\":40960,\"io\":500,\"cpu\":400,\"threads\":null,"
					+ "\"oom_disabled\":true}");
		assertThat(response.json().at("/attributes/feature_limits").toString())
			.isEqualTo("{\"databases\":2,\"allocations\":3,\"backups\":0}");
		List<BuildUpdate> builds = this.simulator.state().builds(this.server.identifier());
		assertThat(builds).singleElement().satisfies((build) -> {
			assertThat(build.allocation()).isEqualTo(1);
			assertThat(build.limits()).isEqualTo(new ServerLimits(8192, 0, 40960, 500, 400, null, true));
			assertThat(build.addedAllocations()).containsExactly(2, 3);
			assertThat(build.removedAllocations()).containsExactly(3);
		});
		assertThat(client().get("/api/client/servers/" + this.server.identifier())
			.json()
			.at("/attributes/relationships/allocations/data")
			.findValues("id")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
	}

	@Test
	void buildWhenLimitsNestedAndPrimaryMovesToAddedAllocation() {
		SimulatorClient.Response response = this.application.patch(path("/build"), """
				{"allocation":1,"limits":{"memory":1024,"swap":-1,"disk":1000,"io":10,"cpu":0},
				 "feature_limits":{"databases":null,"backups":4},"add_allocations":[5],"remove_allocations":[1]}""");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().at("/attributes/allocation").asInt()).isEqualTo(5);
		assertThat(response.json().at("/attributes/limits/memory").asInt()).isEqualTo(1024);
		assertThat(response.json().at("/attributes/feature_limits/databases").isNull()).isTrue();
		assertThat(this.application.get("/api/application/nodes/1/allocations?filter[server_id]=" + this.server.id())
			.json()
			.at("/data")
			.findValues("id")).extracting(JsonNode::asInt).containsExactly(5);
	}

	@Test
	void buildWhenRequiredFieldsMissingAnswers422() {
		SimulatorClient.Response topLevel = this.application.patch(path("/build"), "{\"memory\":1}");
		SimulatorClient.Response nested = this.application.patch(path("/build"),
				"{\"allocation\":1,\"limits\":{\"memory\":1},\"feature_limits\":{\"databases\":1,\"backups\":1}}");

		assertThat(topLevel.json().get("errors"))
			.extracting((error) -> error.at("/meta/source_field").asString(), (error) -> error.get("detail").asString())
			.containsExactly(tuple("allocation", "The allocation field is required."),
					tuple("swap", "The swap field is required when limits is not present."),
					tuple("io", "The io field is required when limits is not present."),
					tuple("cpu", "The cpu field is required when limits is not present."),
					tuple("disk", "The disk field is required when limits is not present."),
					tuple("feature_limits", "The feature limits field is required."),
					tuple("feature_limits.databases", "The feature limits.databases field must be present."),
					tuple("feature_limits.backups", "The feature limits.backups field must be present."));
		assertThat(nested.json().get("errors"))
			.extracting((error) -> error.at("/meta/rule").asString(), (error) -> error.get("detail").asString())
			.containsExactly(tuple("required_with", "The limits.swap field is required when limits is present."),
					tuple("required_with", "The limits.io field is required when limits is present."),
					tuple("required_with", "The limits.cpu field is required when limits is present."),
					tuple("required_with", "The limits.disk field is required when limits is present."));
		assertThat(this.simulator.state().builds(this.server.identifier())).isEmpty();
	}

	@Test
	void buildWhenAllocationRulesBrokenAnswers400() {
		SimulatorClient.Response notAssigned = this.application.patch(path("/build"), BUILD.formatted(7, ""));
		SimulatorClient.Response noFallback = this.application.patch(path("/build"),
				BUILD.formatted(1, ",\"remove_allocations\":[1]"));

		assertThat(notAssigned.body()).isEqualTo("{\"errors\":[{\"code\":\"DisplayException\",\"status\":\"400\","
				+ "\"detail\":\"The requested default allocation is not currently assigned to this server.\"}]}");
		assertThat(noFallback.body()).isEqualTo("{\"errors\":[{\"code\":\"DisplayException\",\"status\":\"400\","
				+ "\"detail\":\"You are attempting to delete the default allocation for this server but there is "
				+ "no fallback allocation to use.\"}]}");
		assertThat(this.simulator.state().server(this.server.identifier()).limits().memory()).isEqualTo(2048);
	}

	@Test
	void startupWhenValidChangesOnlySentVariables() {
		SimulatorClient.Response response = this.application.patch(path("/startup"), """
				{"startup":"java -jar {{SERVER_JARFILE}}","environment":{"SERVER_JARFILE":"paper.jar"},"egg":1,
				 "image":"ghcr.io/pterodactyl/yolks:java_21","skip_scripts":false}""");

		assertThat(response.status()).isEqualTo(200);
		JsonNode container = response.json().at("/attributes/container");
		assertThat(container.get("startup_command").asString()).isEqualTo("java -jar {{SERVER_JARFILE}}");
		assertThat(container.get("image").asString()).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
		assertThat(container.at("/environment/SERVER_JARFILE").asString()).isEqualTo("paper.jar");
		assertThat(container.at("/environment/BUILD_NUMBER").asString()).isEqualTo("latest");
	}

	@Test
	void startupWhenFieldsMissingOrVariableInvalidAnswers422() {
		SimulatorClient.Response missing = this.application.patch(path("/startup"), "{\"startup\":\"x\"}");
		SimulatorClient.Response invalid = this.application.patch(path("/startup"),
				"{\"startup\":\"x\",\"environment\":{\"SERVER_JARFILE\":\"x\"},\"egg\":1,\"image\":\"i\","
						+ "\"skip_scripts\":true}");

		assertThat(missing.json().get("errors")).extracting((error) -> error.at("/meta/source_field").asString())
			.containsExactly("environment", "egg", "image", "skip_scripts");
		assertThat(invalid.json().get("errors")).extracting((error) -> error.get("detail").asString())
			.containsExactly("The Server Jar File variable format is invalid.");
	}

	@Test
	void suspendWhenRunningStopsItAndClientAnswers409UntilUnsuspended() {
		String identifier = this.server.identifier();

		assertThat(this.application.post(path("/suspend"), null).status()).isEqualTo(204);
		assertThat(this.application.post(path("/suspend"), null).status()).isEqualTo(204);

		assertThat(this.simulator.state().server(identifier).suspended()).isTrue();
		assertThat(this.simulator.state().server(identifier).powerState()).isEqualTo(PowerState.OFFLINE);
		assertThat(this.application.get(path("")).json().at("/attributes/status").asString()).isEqualTo("suspended");
		SimulatorClient.Response blocked = client().post("/api/client/servers/" + identifier + "/power",
				"{\"signal\":\"start\"}");
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.json().at("/errors/0/detail").asString())
			.isEqualTo("This server is currently suspended and the functionality requested is unavailable.");
		assertThat(this.application.post(path("/unsuspend"), null).status()).isEqualTo(204);
		assertThat(client().get("/api/client/servers/" + identifier + "/resources").status()).isEqualTo(200);
	}

	@Test
	void reinstallWhenCalledAnswers204AndInstallsAgain() {
		SimulatorClient.Response response = this.application.post(path("/reinstall"), null);

		assertThat(response.status()).isEqualTo(204);
		assertThat(this.simulator.state().server(this.server.identifier()).status()).isEqualTo("installing");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.simulator.state().server(this.server.identifier()).status() == null);
	}

	@Test
	void deleteWhenWebsocketOpenSendsDeletedAndCloses() {
		JsonNode credentials = client().get("/api/client/servers/" + this.server.identifier() + "/websocket")
			.json()
			.get("data");
		WingsClient socket = WingsClient.connect(credentials.get("socket").asString(), this.simulator.url().toString());
		socket.send("auth", credentials.get("token").asString());
		socket.awaitFrame("auth success");

		assertThat(this.application.delete(path("")).status()).isEqualTo(204);

		assertThat(socket.awaitFrame("deleted").toString()).isEqualTo("{\"event\":\"deleted\",\"args\":[\"null\"]}");
		assertThat(socket.awaitClose()).isEqualTo(1001);
	}

	@Test
	void deleteWhenCalledRemovesTheServerFromBothApis() {
		SimulatedServer other = this.simulator.state().seedServer(ServerSeed.of("Other", "player1@example.com"));

		SimulatorClient.Response deleted = this.application.delete(path(""));
		SimulatorClient.Response forced = this.application.delete("/api/application/servers/" + other.id() + "/force");

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(forced.status()).isEqualTo(204);
		assertThat(this.application.get(path("")).status()).isEqualTo(404);
		assertThat(client().get("/api/client/servers/" + this.server.identifier()).status()).isEqualTo(404);
		assertThat(client().get("/api/client").json().at("/data")).isEmpty();
		assertThat(this.simulator.state().servers()).isEmpty();
	}

}
