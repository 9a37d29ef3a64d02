package dev.pterogateway.simulator;

import java.time.Duration;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.pterogateway.simulator.ApplicationUserApiTests.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Application API servers: list, view, create (manual and automatic allocation). */
class ApplicationServerApiTests {

	static final String PAPER = """
			{"name":"Survival","user":2,"egg":1,"docker_image":"ghcr.io/pterodactyl/yolks:java_17",
			 "startup":"java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}",
			 "environment":{"SERVER_JARFILE":"paper.jar","BUILD_NUMBER":"latest"},
			 "limits":{"memory":4096,"swap":0,"disk":20480,"io":500,"cpu":200},
			 "feature_limits":{"databases":2,"backups":5},
			 %s, "description":"Main SMP","external_id":"order-5531"%s}""";

	private PanelSimulator simulator;

	private SimulatorClient application;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withServers(0)
			.withInstallDuration(Duration.ofMillis(800))
			.withClock(ApplicationUserApiTests.CLOCK));
		this.application = SimulatorClient.of(this.simulator, this.simulator.applicationKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	static String paper(String allocation, String extra) {
		return PAPER.formatted(allocation, extra);
	}

	private static Tuple error(JsonNode error) {
		return tuple(error.at("/meta/source_field").asString(), error.at("/meta/rule").asString(),
				error.get("detail").asString());
	}

	@Test
	void createWhenValidAnswers201InstallingWithEveryVariableStored() {
		SimulatorClient.Response response = this.application.post("/api/application/servers",
				paper("\"allocation\":{\"default\":1,\"additional\":[2]}", ""));

		assertThat(response.status()).isEqualTo(201);
		String uuid = response.json().at("/attributes/uuid").asString();
		assertThat(response.body()).isEqualTo(
				compact("""
						{"object":"server","attributes":{"id":1,"external_id":"order-5531","uuid":"%s","identifier":"%s",
						"name":"Survival","description":"Main SMP","status":"installing","suspended":false,
						"limits":{"memory":4096,"swap":0,"disk":20480,"io":500,"cpu":200,"threads":null,"oom_disabled":true},
						"feature_limits":{"databases":2,"allocations":0,"backups":5},"user":2,"node":1,"allocation":1,
						"nest":1,"egg":1,"container":{"startup_command":"java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}",
						"image":"ghcr.io/pterodactyl/yolks:java_17","installed":0,"environment":{"MINECRAFT_VERSION":"",
						"SERVER_JARFILE":"paper.jar","DL_PATH":"","BUILD_NUMBER":"latest",
						"STARTUP":"java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}","P_SERVER_LOCATION":"fra",
						"P_SERVER_UUID":"%s","P_SERVER_ALLOCATION_LIMIT":0}},"updated_at":"2024-10-24T12:00:00+00:00",
						"created_at":"2024-10-24T12:00:00+00:00"}}"""
					.formatted(uuid, uuid.substring(0, 8), uuid)));
		assertThat(this.application.get("/api/application/servers/1?include=allocations")
			.json()
			.at("/attributes/relationships/allocations/data")
			.findValues("id")).extracting(JsonNode::asInt).containsExactly(1, 2);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.simulator.state().server(uuid).status() == null);
		assertThat(
				this.application.get("/api/application/servers/1").json().at("/attributes/container/installed").asInt())
			.isEqualTo(1);
	}

	@Test
	void createdServerWhenInstallingIsVisibleToOwnerAnd409sThen200() {
		String uuid = this.application.post("/api/application/servers", paper("\"allocation\":{\"default\":3}", ""))
			.json()
			.at("/attributes/uuid")
			.asString();
		SimulatorClient owner = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
		String identifier = uuid.substring(0, 8);

		SimulatorClient.Response list = owner.get("/api/client");
		SimulatorClient.Response installing = owner.get("/api/client/servers/" + identifier + "/resources");

		assertThat(list.json().at("/data").findValuesAsString("identifier")).containsExactly(identifier);
		assertThat(owner.get("/api/client/servers/" + identifier).json().at("/attributes/status").asString())
			.isEqualTo("installing");
		assertThat(installing.status()).isEqualTo(409);
		assertThat(installing.body()).isEqualTo("{\"errors\":[{\"code\":\"ServerStateConflictException\","
				+ "\"status\":\"409\",\"detail\":\"This server has not yet completed its installation process, "
				+ "please try again later.\"}]}");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> owner.get("/api/client/servers/" + identifier + "/resources").status() == 200);
		assertThat(owner.get("/api/client/servers/" + identifier + "/resources")
			.json()
			.at("/attributes/current_state")
			.asString()).isEqualTo("offline");
	}

	@Test
	void createWhenStartOnCompletionStartsAfterInstall() {
		String uuid = this.application
			.post("/api/application/servers", paper("\"allocation\":{\"default\":1}", ",\"start_on_completion\":true"))
			.json()
			.at("/attributes/uuid")
			.asString();

		assertThat(this.simulator.state().server(uuid).powerState()).isEqualTo(PowerState.OFFLINE);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.simulator.state().server(uuid).powerState() == PowerState.RUNNING);
	}

	@Test
	void createWhenEmptyAnswers422ForEveryRequiredField() {
		SimulatorClient.Response response = this.application.post("/api/application/servers", "{}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors")).extracting(ApplicationServerApiTests::error)
			.containsExactly(tuple("name", "required", "The name field is required."),
					tuple("user", "required", "The user field is required."),
					tuple("egg", "required", "The egg field is required."),
					tuple("docker_image", "required", "The docker image field is required."),
					tuple("startup", "required", "The startup field is required."),
					tuple("environment", "present", "The environment field must be present."),
					tuple("limits", "required", "The limits field is required."),
					tuple("limits.memory", "required", "The limits.memory field is required."),
					tuple("limits.swap", "required", "The limits.swap field is required."),
					tuple("limits.disk", "required", "The limits.disk field is required."),
					tuple("limits.io", "required", "The limits.io field is required."),
					tuple("limits.cpu", "required", "The limits.cpu field is required."),
					tuple("feature_limits", "required", "The feature limits field is required."),
					tuple("feature_limits.databases", "present", "The feature limits.databases field must be present."),
					tuple("feature_limits.backups", "present", "The feature limits.backups field must be present."),
					tuple("allocation.default", "required", "The allocation.default field is required."));
	}

	@Test
	void createWhenValuesOutOfRangeAnswers422WithRules() {
		String body = """
				{"name":"X","user":99,"egg":1,"docker_image":"bad image!","startup":"x","environment":[],
				 "limits":{"memory":-1,"swap":-2,"disk":0,"io":5,"cpu":0,"threads":"a"},
				 "feature_limits":{"databases":null,"backups":1},"allocation":{"default":999}}""";

		SimulatorClient.Response response = this.application.post("/api/application/servers", body);

		assertThat(response.json().get("errors")).extracting(ApplicationServerApiTests::error)
			.containsExactly(tuple("user", "exists", "The selected user is invalid."),
					tuple("docker_image", "regex", "The docker image format is invalid."),
					tuple("limits.memory", "min", "The limits.memory must be at least 0."),
					tuple("limits.swap", "min", "The limits.swap must be at least -1."),
					tuple("limits.io", "between", "The limits.io must be between 10 and 1000."),
					tuple("limits.threads", "regex", "The limits.threads format is invalid."),
					tuple("allocation.default", "exists", "The selected allocation.default is invalid."));
	}

	@Test
	void createWhenEnvironmentBreaksEggRulesAnswers422AtVariable() {
		String body = paper("\"allocation\":{\"default\":1}", "").replace("paper.jar", "paper.zip")
			.replace("\"BUILD_NUMBER\":\"latest\"", "\"MINECRAFT_VERSION\":\"1.21.1-this-is-far-too-long\"");

		SimulatorClient.Response response = this.application.post("/api/application/servers", body);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors")).extracting(ApplicationServerApiTests::error)
			.containsExactly(
					tuple("environment.MINECRAFT_VERSION", "max",
							"The Minecraft Version variable may not be greater than 20 characters."),
					tuple("environment.SERVER_JARFILE", "regex", "The Server Jar File variable format is invalid."),
					tuple("environment.BUILD_NUMBER", "required", "The Build Number variable field is required."));
		assertThat(this.simulator.state().servers()).isEmpty();
	}

	@Test
	void createWhenAllocationTakenAnswers422() {
		this.simulator.state().seedServer(ServerSeed.of("Taken", "player1@example.com"));

		SimulatorClient.Response response = this.application.post("/api/application/servers",
				paper("\"allocation\":{\"default\":1,\"additional\":[\"x\"]}", ""));

		assertThat(response.json().get("errors")).extracting(ApplicationServerApiTests::error)
			.containsExactly(tuple("allocation.default", "exists", "The selected allocation.default is invalid."),
					tuple("allocation.additional.0", "integer", "The allocation.additional.0 must be an integer."),
					tuple("allocation.additional.0", "exists", "The selected allocation.additional.0 is invalid."));
	}

	@Test
	void createWhenDeployPicksAFreeAllocationInTheLocation() {
		SimulatorClient.Response response = this.application.post("/api/application/servers",
				paper("\"deploy\":{\"locations\":[2],\"dedicated_ip\":false,\"port_range\":[\"25570-25575\"]}", ""));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().at("/attributes/node").asInt()).isEqualTo(2);
		JsonNode allocation = this.application.get("/api/application/servers/1?include=allocations,location")
			.json()
			.at("/attributes/relationships");
		assertThat(allocation.at("/allocations/data/0/attributes/port").asInt()).isEqualTo(25570);
		assertThat(allocation.at("/allocations/data/0/attributes/ip").asString()).isEqualTo("10.20.0.2");
		assertThat(allocation.at("/location/attributes/short").asString()).isEqualTo("ams");
	}

	@Test
	void createWhenDeployFindsNothingAnswers400() {
		SimulatorClient.Response noNode = this.application.post("/api/application/servers",
				paper("\"deploy\":{\"locations\":[7],\"dedicated_ip\":false,\"port_range\":[]}", ""));
		SimulatorClient.Response noAllocation = this.application.post("/api/application/servers",
				paper("\"deploy\":{\"locations\":[],\"dedicated_ip\":true,\"port_range\":[\"30000\"]}", ""));
		SimulatorClient.Response incomplete = this.application.post("/api/application/servers",
				paper("\"deploy\":{\"port_range\":[]}", ""));

		assertThat(noNode.body()).isEqualTo("{\"errors\":[{\"code\":\"NoViableNodeException\",\"status\":\"400\","
				+ "\"detail\":\"No nodes satisfying the requirements specified for automatic deployment could be found.\"}]}");
		assertThat(noAllocation.body()).isEqualTo("{\"errors\":[{\"code\":\"NoViableAllocationException\","
				+ "\"status\":\"400\",\"detail\":\"No allocations satisfying the requirements for automatic "
				+ "deployment were found.\"}]}");
		assertThat(incomplete.json().get("errors")).extracting(ApplicationServerApiTests::error)
			.containsExactly(tuple("deploy.locations", "present", "The deploy.locations field must be present."),
					tuple("deploy.dedicated_ip", "required_with",
							"The deploy.dedicated ip field is required when deploy / boolean is present."));
	}

	@Test
	void listWhenFilteredAndIncludedReturnsRelationshipsInOrder() {
		this.application.post("/api/application/servers", paper("\"allocation\":{\"default\":1}", ""));
		this.simulator.state().seedServer(ServerSeed.of("Other", "player2@example.com"));

		SimulatorClient.Response response = this.application.get("/api/application/servers?filter[external_id]=ORDER"
				+ "&include=allocations,user,subusers,nest,egg,variables,location,node,databases");
		SimulatorClient.Response unknown = this.application.get("/api/application/servers?filter[owner]=1");

		assertThat(response.json().at("/meta/pagination/total").asInt()).isEqualTo(1);
		JsonNode relationships = response.json().at("/data/0/attributes/relationships");
		assertThat(relationships.propertyNames()).containsExactly("allocations", "user", "subusers", "nest", "egg",
				"variables", "location", "node", "databases");
		assertThat(relationships.at("/user/object").asString()).isEqualTo("user");
		assertThat(relationships.at("/nest/attributes/name").asString()).isEqualTo("Minecraft");
		assertThat(relationships.at("/variables/data/0/object").asString()).isEqualTo("server_variable");
		assertThat(relationships.at("/variables/data/0/attributes/server_value").asString()).isEmpty();
		assertThat(relationships.at("/databases/data")).isEmpty();
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(this.application.get("/api/application/servers/external/order-5531")
			.json()
			.at("/attributes/id")
			.asInt()).isEqualTo(1);
		assertThat(this.application.get("/api/application/servers/external/nope").status()).isEqualTo(404);
	}

}
