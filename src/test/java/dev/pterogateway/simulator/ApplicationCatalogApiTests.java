package dev.pterogateway.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.pterogateway.simulator.ApplicationUserApiTests.compact;
import static org.assertj.core.api.Assertions.assertThat;

/** Application API nodes, allocations, locations, nests and eggs. */
class ApplicationCatalogApiTests {

	private PanelSimulator simulator;

	private SimulatorClient application;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator
			.start(SimulatorSettings.defaults("main").withServers(0).withClock(ApplicationUserApiTests.CLOCK));
		this.application = SimulatorClient.of(this.simulator, this.simulator.applicationKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	private static String error(int status, String code, String detail) {
		return "{\"errors\":[{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"detail\":\"" + detail + "\"}]}";
	}

	@Test
	void viewNodeWhenIncludeLocationReturnsNodeColumnsAndAllocatedResources() {
		this.simulator.state().seedServer(ServerSeed.of("Sized", "player1@example.com"));

		SimulatorClient.Response response = this.application.get("/api/application/nodes/1?include=location");

		assertThat(response.status()).isEqualTo(200);
		String uuid = response.json().at("/attributes/uuid").asString();
		assertThat(response.body()).isEqualTo(compact("""
				{"object":"node","attributes":{"id":1,"uuid":"%s","public":true,"name":"Node 1",
				"description":"Primary game node","location_id":1,"fqdn":"node1.main.sim.local","scheme":"http",
				"behind_proxy":false,"maintenance_mode":false,"memory":65536,"memory_overallocate":0,"disk":1048576,
				"disk_overallocate":0,"upload_size":100,"daemon_listen":%d,"daemon_sftp":2022,
				"daemon_base":"/var/lib/pterodactyl/volumes","created_at":"2024-10-24T12:00:00+00:00",
				"updated_at":"2024-10-24T12:00:00+00:00","allocated_resources":{"memory":2048,"disk":10240},
				"relationships":{"location":{"object":"location","attributes":{"id":1,"short":"fra",
				"long":"Frankfurt, Germany","updated_at":"2024-10-24T12:00:00+00:00",
				"created_at":"2024-10-24T12:00:00+00:00"}}}}}""".formatted(uuid, this.simulator.url().getPort())));
	}

	@Test
	void listNodesWhenFilteredByNameReturnsPaginatedMatches() {
		SimulatorClient.Response response = this.application.get("/api/application/nodes?filter[name]=node%202");

		assertThat(response.json().at("/data").findValuesAsString("fqdn")).containsExactly("node2.main.sim.local");
		assertThat(response.json().at("/meta/pagination/total").asInt()).isEqualTo(1);
		assertThat(this.application.get("/api/application/nodes/9").status()).isEqualTo(404);
	}

	@Test
	void deployableWhenRoomInLocationReturnsNodesWithSums() {
		SimulatorClient.Response response = this.application
			.get("/api/application/nodes/deployable?memory=1024&disk=2048&location_ids[]=2");

		assertThat(response.status()).isEqualTo(200);
		JsonNode node = response.json().at("/data/0/attributes");
		assertThat(response.json().at("/data").size()).isEqualTo(1);
		assertThat(node.get("id").asInt()).isEqualTo(2);
		assertThat(node.get("sum_memory").asInt()).isZero();
		assertThat(node.get("sum_disk").asInt()).isZero();
		assertThat(response.json().has("meta")).isFalse();
	}

	@Test
	void deployableWhenTooBigOrInvalidAnswers400Or422() {
		SimulatorClient.Response tooBig = this.application
			.get("/api/application/nodes/deployable?memory=9999999&disk=1");
		SimulatorClient.Response invalid = this.application.get("/api/application/nodes/deployable?memory=abc");

		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.body()).isEqualTo(error(400, "NoViableNodeException",
				"No nodes satisfying the requirements specified for automatic deployment could be found."));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().get("errors")).extracting((e) -> e.get("detail").asString())
			.containsExactly("The memory must be an integer.", "The disk field is required.");
	}

	@Test
	void listAllocationsWhenFilteredReturnsApplicationShape() {
		int used = this.simulator.state().seedServer(ServerSeed.of("Alloc", "player1@example.com")).id();

		SimulatorClient.Response byPort = this.application
			.get("/api/application/nodes/1/allocations?filter[port]=25565&include=server");
		SimulatorClient.Response unassigned = this.application
			.get("/api/application/nodes/1/allocations?filter[server_id]=none");
		SimulatorClient.Response assigned = this.application
			.get("/api/application/nodes/1/allocations?filter[server_id]=" + used);

		assertThat(byPort.json().at("/data").size()).isEqualTo(1);
		JsonNode allocation = byPort.json().at("/data/0");
		assertThat(allocation.get("object").asString()).isEqualTo("allocation");
		assertThat(allocation.get("attributes").propertyNames()).containsExactly("id", "ip", "alias", "port", "notes",
				"assigned", "relationships");
		assertThat(allocation.at("/attributes/assigned").asBoolean()).isTrue();
		assertThat(allocation.at("/attributes/relationships/server/attributes/id").asInt()).isEqualTo(used);
		assertThat(unassigned.json().at("/meta/pagination/total").asInt()).isEqualTo(15);
		assertThat(assigned.json().at("/data").findValuesAsString("ip")).containsExactly("127.0.0.1");
	}

	@Test
	void createAllocationsWhenPortsAndRangesAnswers204AndSkipsDuplicates() {
		SimulatorClient.Response response = this.application.post("/api/application/nodes/2/allocations",
				"{\"ip\":\"10.20.0.9\",\"alias\":\"games.example.com\",\"ports\":[\"27015\",\"27020-27022\",\"27015\"]}");

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		SimulatorClient.Response list = this.application
			.get("/api/application/nodes/2/allocations?filter[ip]=10.20.0.9");
		assertThat(list.json().at("/data").findValues("port")).extracting(JsonNode::asInt)
			.containsExactly(27015, 27020, 27021, 27022);
		assertThat(list.json().at("/data").findValuesAsString("alias")).containsOnly("games.example.com");
	}

	@Test
	void createAllocationsWhenPortsInvalidAnswers400WithPanelExceptions() {
		assertThat(this.application
			.post("/api/application/nodes/1/allocations", "{\"ip\":\"127.0.0.1\",\"ports\":[\"80\"]}")
			.body())
			.isEqualTo(error(400, "PortOutOfRangeException",
					"Ports in an allocation must be greater than 1024 and less than or equal to 65535."));
		assertThat(this.application
			.post("/api/application/nodes/1/allocations", "{\"ip\":\"127.0.0.1\",\"ports\":[\"20000-22000\"]}")
			.body())
			.isEqualTo(error(400, "TooManyPortsInRangeException",
					"Adding more than 1000 ports in a single range at once is not supported."));
		assertThat(this.application
			.post("/api/application/nodes/1/allocations", "{\"ip\":\"127.0.0.1\",\"ports\":[\"25565:1\"]}")
			.body())
			.isEqualTo(error(400, "InvalidPortMappingException",
					"The mapping provided for 25565:1 was invalid and could not be processed."));
		assertThat(this.application
			.post("/api/application/nodes/1/allocations", "{\"ip\":\"127.0.0.0/16\",\"ports\":[\"30000\"]}")
			.body())
			.isEqualTo(error(400, "CidrOutOfRangeException", "CIDR notation only allows masks between /25 and /32."));
		assertThat(this.application.post("/api/application/nodes/1/allocations", "{}").json().get("errors"))
			.extracting((e) -> e.at("/meta/source_field").asString())
			.containsExactly("ip", "ports");
	}

	@Test
	void deleteAllocationWhenAssignedAnswers400AndWhenFree204() {
		this.simulator.state().seedServer(ServerSeed.of("Alloc", "player1@example.com"));

		SimulatorClient.Response assigned = this.application.delete("/api/application/nodes/1/allocations/1");
		SimulatorClient.Response free = this.application.delete("/api/application/nodes/1/allocations/2");
		SimulatorClient.Response otherNode = this.application.delete("/api/application/nodes/2/allocations/3");

		assertThat(assigned.body()).isEqualTo(
				error(400, "ServerUsingAllocationException", "Cannot delete an allocation attached to a server."));
		assertThat(free.status()).isEqualTo(204);
		assertThat(otherNode.status()).isEqualTo(404);
		assertThat(this.application.get("/api/application/nodes/1/allocations")
			.json()
			.at("/meta/pagination/total")
			.asInt()).isEqualTo(15);
	}

	@Test
	void createLocationWhenValidAnswers201WithResourceAndWhenDuplicate422() {
		SimulatorClient.Response created = this.application.post("/api/application/locations",
				"{\"short\":\"waw\",\"long\":\"Warsaw\"}");
		SimulatorClient.Response duplicate = this.application.post("/api/application/locations", "{\"short\":\"fra\"}");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).isEqualTo(compact("""
				{"object":"location","attributes":{"id":3,"short":"waw","long":"Warsaw",
				"updated_at":"2024-10-24T12:00:00+00:00","created_at":"2024-10-24T12:00:00+00:00"},
				"meta":{"resource":"%s/api/application/locations/3"}}""".formatted(this.simulator.url())));
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.body()).isEqualTo(compact("""
				{"errors":[{"code":"ValidationException","status":"422","detail":"The short has already been taken.",
				"meta":{"source_field":"short","rule":"unique"}}]}"""));
	}

	@Test
	void deleteLocationWhenNodesAttachedAnswers400AndWhenEmpty204() {
		this.application.post("/api/application/locations", "{\"short\":\"waw\"}");

		SimulatorClient.Response withNodes = this.application.delete("/api/application/locations/1");
		SimulatorClient.Response empty = this.application.delete("/api/application/locations/3");

		assertThat(withNodes.body()).isEqualTo(error(400, "HasActiveNodesException",
				"Cannot delete a location that has active nodes attached to it."));
		assertThat(empty.status()).isEqualTo(204);
		assertThat(this.application.get("/api/application/locations").json().at("/data").findValuesAsString("short"))
			.containsExactly("fra", "ams");
	}

	@Test
	void listNestsWhenDefaultIsPaginatedAndEggsAreNot() {
		SimulatorClient.Response nests = this.application.get("/api/application/nests?include=eggs");
		SimulatorClient.Response eggs = this.application.get("/api/application/nests/1/eggs");

		assertThat(nests.json().at("/meta/pagination/per_page").asInt()).isEqualTo(50);
		assertThat(nests.json().at("/data").findValuesAsString("name")).contains("Minecraft", "Rust");
		assertThat(nests.json().at("/data/0/attributes/relationships/eggs/data")).hasSize(2);
		assertThat(eggs.json().has("meta")).isFalse();
		assertThat(eggs.json().at("/data").findValuesAsString("name")).containsExactly("Paper", "Vanilla Minecraft");
	}

	@Test
	void viewEggWhenIncludeVariablesReturnsRawColumns() {
		SimulatorClient.Response response = this.application.get("/api/application/nests/1/eggs/2?include=variables");

		assertThat(response.status()).isEqualTo(200);
		JsonNode attributes = response.json().get("attributes");
		assertThat(attributes.propertyNames()).containsExactly("id", "uuid", "name", "nest", "author", "description",
				"docker_image", "docker_images", "config", "startup", "script", "created_at", "updated_at",
				"relationships");
		assertThat(attributes.get("docker_image").asString()).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
		assertThat(attributes.at("/docker_images/Java 17").asString()).isEqualTo("ghcr.io/pterodactyl/yolks:java_17");
		assertThat(attributes.at("/relationships/variables").toString()).isEqualTo(
				compact("""
						{"object":"list","data":[{"object":"egg_variable","attributes":{"id":5,"egg_id":2,
						"name":"Server Jar File","description":"The name of the server jarfile to run the server with.",
						"env_variable":"SERVER_JARFILE","default_value":"server.jar","user_viewable":true,"user_editable":true,
						"rules":"required|regex:/^([\\\\w\\\\d._-]+)(\\\\.jar)$/","created_at":"2024-01-15T09:30:00.000000Z",
						"updated_at":"2024-01-15T09:30:00.000000Z"}},{"object":"egg_variable","attributes":{"id":6,"egg_id":2,
						"name":"Server Version","description":"The version of Minecraft Vanilla to install. Use \\"latest\\" to install the latest release, or \\"snapshot\\" to install the latest snapshot.",
						"env_variable":"VANILLA_VERSION","default_value":"latest","user_viewable":true,"user_editable":true,
						"rules":"required|string|between:3,15","created_at":"2024-01-15T09:30:00.000000Z",
						"updated_at":"2024-01-15T09:30:00.000000Z"}}]}"""));
	}

	@Test
	void viewEggWhenEggBelongsToAnotherNestAnswers404() {
		assertThat(this.application.get("/api/application/nests/2/eggs/1").status()).isEqualTo(404);
		assertThat(this.application.get("/api/application/nests/9").status()).isEqualTo(404);
		assertThat(this.application.get("/api/application/nests/2/eggs/3").status()).isEqualTo(200);
	}

}
