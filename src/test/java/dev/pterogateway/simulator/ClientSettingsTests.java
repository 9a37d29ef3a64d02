package dev.pterogateway.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSettingsTests {

	private PanelSimulator simulator;

	private SimulatorClient client;

	private String path;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.client = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
		String id = this.simulator.state()
			.seedServer(ServerSeed.of("Settings", "player1@example.com").withFeatureLimits(new FeatureLimits(0, 2, 1)))
			.identifier();
		this.path = "/api/client/servers/" + id;
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void renameWhenValidAnswers204AndKeepsDescriptionWhenOmitted() {
		this.client.post(this.path + "/settings/rename", "{\"name\":\"Old\",\"description\":\"Kept\"}");

		SimulatorClient.Response response = this.client.post(this.path + "/settings/rename", "{\"name\":\"New name\"}");
		SimulatorClient.Response invalid = this.client.post(this.path + "/settings/rename", "{\"name\":\"\"}");

		assertThat(response.status()).isEqualTo(204);
		JsonNode details = this.client.get(this.path).json();
		assertThat(details.at("/attributes/name").asString()).isEqualTo("New name");
		assertThat(details.at("/attributes/description").asString()).isEqualTo("Kept");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().at("/errors/0/detail").asString()).isEqualTo("The name field is required.");
	}

	@Test
	void startupWhenReadListsViewableVariablesWithMeta() {
		JsonNode startup = this.client.get(this.path + "/startup").json();

		assertThat(startup.get("object").asString()).isEqualTo("list");
		assertThat(startup.get("data")).extracting((variable) -> variable.at("/attributes/env_variable").asString())
			.containsExactly("MINECRAFT_VERSION", "SERVER_JARFILE", "BUILD_NUMBER");
		assertThat(startup.get("meta").propertyNames()).containsExactly("startup_command", "docker_images",
				"raw_startup_command");
		assertThat(startup.at("/meta/startup_command").asString()).endsWith("-jar server.jar");
		assertThat(startup.at("/meta/raw_startup_command").asString()).endsWith("-jar {{SERVER_JARFILE}}");
		assertThat(startup.at("/meta/docker_images/Java 17").asString()).isEqualTo("ghcr.io/pterodactyl/yolks:java_17");
	}

	@Test
	void startupVariableWhenValidIsStoredAndWhenInvalidAnswers422() {
		SimulatorClient.Response ok = this.client.put(this.path + "/startup/variable",
				"{\"key\":\"SERVER_JARFILE\",\"value\":\"paper.jar\"}");
		SimulatorClient.Response invalid = this.client.put(this.path + "/startup/variable",
				"{\"key\":\"SERVER_JARFILE\",\"value\":\"paper.zip\"}");
		SimulatorClient.Response hidden = this.client.put(this.path + "/startup/variable",
				"{\"key\":\"DL_PATH\",\"value\":\"x\"}");

		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().at("/attributes/server_value").asString()).isEqualTo("paper.jar");
		assertThat(ok.json().at("/meta/startup_command").asString()).endsWith("-jar paper.jar");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().at("/errors/0/detail").asString()).isEqualTo("The value field format is invalid.");
		assertThat(invalid.json().at("/errors/0/meta/rule").asString()).isEqualTo("regex");
		assertThat(hidden.status()).isEqualTo(400);
		assertThat(hidden.json().at("/errors/0/detail").asString())
			.isEqualTo("The environment variable you are trying to edit does not exist.");
	}

	@Test
	void allocationsWhenAssignedUpToLimitThenRejected() {
		SimulatorClient.Response assigned = this.client.post(this.path + "/network/allocations", null);
		SimulatorClient.Response over = this.client.post(this.path + "/network/allocations", null);

		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.json().at("/attributes/is_default").asBoolean()).isFalse();
		assertThat(over.status()).isEqualTo(400);
		assertThat(over.body()).isEqualTo("{\"errors\":[{\"code\":\"DisplayException\",\"status\":\"400\","
				+ "\"detail\":\"Cannot assign additional allocations to this server: limit has been reached.\"}]}");
		assertThat(this.client.get(this.path + "/network/allocations").json().get("data")).hasSize(2);
	}

	@Test
	void allocationsWhenNotedMadePrimaryAndDeletedFollowPanelRules() {
		int primary = this.client.get(this.path + "/network/allocations").json().at("/data/0/attributes/id").asInt();
		int extra = this.client.post(this.path + "/network/allocations", null).json().at("/attributes/id").asInt();
		String extraPath = this.path + "/network/allocations/" + extra;

		JsonNode noted = this.client.post(extraPath, "{\"notes\":\"voice\"}").json();
		SimulatorClient.Response deletePrimary = this.client.delete(this.path + "/network/allocations/" + primary);
		JsonNode madePrimary = this.client.post(extraPath + "/primary", null).json();
		SimulatorClient.Response deleteOld = this.client.delete(this.path + "/network/allocations/" + primary);

		assertThat(noted.at("/attributes/notes").asString()).isEqualTo("voice");
		assertThat(deletePrimary.status()).isEqualTo(400);
		assertThat(deletePrimary.json().at("/errors/0/detail").asString())
			.isEqualTo("You cannot delete the primary allocation for this server.");
		assertThat(madePrimary.at("/attributes/is_default").asBoolean()).isTrue();
		assertThat(deleteOld.status()).isEqualTo(204);
		assertThat(this.client.get(this.path + "/network/allocations/999").status()).isEqualTo(405);
		assertThat(this.client.post(this.path + "/network/allocations/999/primary", null).status()).isEqualTo(404);
	}

}
