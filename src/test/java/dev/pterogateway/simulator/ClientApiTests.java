package dev.pterogateway.simulator;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ClientApiTests {

	private PanelSimulator simulator;

	private SimulatorClient admin;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.admin = SimulatorClient.of(this.simulator, this.simulator.clientKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void accountWhenAdminKeyReturnsUserEnvelope() {
		SimulatorClient.Response response = this.admin.get("/api/client/account");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"object\":\"user\",\"attributes\":{\"id\":1,\"admin\":true,"
				+ "\"username\":\"admin\",\"email\":\"admin@example.com\",\"first_name\":\"Admin\","
				+ "\"last_name\":\"User\",\"language\":\"en\"}}");
		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("720");
		assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("719");
	}

	@Test
	void keysWhenIssuedHaveThePanelFormat() {
		assertThat(this.simulator.clientKey()).hasSize(48).startsWith("ptlc_");
		assertThat(this.simulator.applicationKey()).hasSize(48).startsWith("ptla_");
		assertThat(this.simulator.clientKeyFor("player1@example.com")).hasSize(48)
			.startsWith("ptlc_")
			.isNotEqualTo(this.simulator.clientKey());
		assertThat(this.simulator.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
	}

	@Test
	void accountWhenKeyMissingOrWrongAnswers401() {
		SimulatorClient.Response missing = SimulatorClient.of(this.simulator, null).get("/api/client/account");
		SimulatorClient.Response wrong = SimulatorClient
			.of(this.simulator, this.simulator.clientKey().substring(0, 16) + "x".repeat(32))
			.get("/api/client/account");

		for (SimulatorClient.Response response : List.of(missing, wrong)) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.body()).isEqualTo(
					"{\"errors\":[{\"code\":\"AuthenticationException\",\"status\":\"401\",\"detail\":\"Unauthenticated.\"}]}");
		}
	}

	@Test
	void clientRouteWhenApplicationKeyAnswers403() {
		SimulatorClient.Response response = SimulatorClient.of(this.simulator, this.simulator.applicationKey())
			.get("/api/client/account");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().at("/errors/0/detail").asString()).isEqualTo(
				"You are attempting to use an application API key on an endpoint that requires a client API key.");
	}

	@Test
	void unknownRouteAnswers404AndWrongMethod405() {
		SimulatorClient.Response unknown = this.admin.get("/api/client/foo");
		SimulatorClient.Response wrongMethod = this.admin.delete("/api/client/account");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().at("/errors/0/detail").asString())
			.isEqualTo("The route api/client/foo could not be found.");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.json().at("/errors/0/code").asString()).isEqualTo("MethodNotAllowedHttpException");
		assertThat(wrongMethod.json().at("/errors/0/detail").asString()).isEqualTo(
				"The DELETE method is not supported for route api/client/account. Supported methods: GET, HEAD.");
	}

	@Test
	void serverDetailsWhenOwnedReturnsFullAttributesAndMeta() {
		SimulatedServer seeded = this.simulator.state().servers().get(1);
		String key = this.simulator.clientKeyFor(seeded.ownerEmail());

		SimulatorClient.Response response = SimulatorClient.of(this.simulator, key)
			.get("/api/client/servers/" + seeded.identifier());

		assertThat(response.status()).isEqualTo(200);
		JsonNode attributes = response.json().get("attributes");
		assertThat(response.json().get("object").asString()).isEqualTo("server");
		assertThat(attributes.propertyNames()).containsExactly("server_owner", "identifier", "internal_id", "uuid",
				"name", "node", "is_node_under_maintenance", "sftp_details", "description", "limits", "invocation",
				"docker_image", "egg_features", "feature_limits", "status", "is_suspended", "is_installing",
				"is_transferring", "relationships");
		assertThat(attributes.get("identifier").asString()).isEqualTo(seeded.identifier());
		assertThat(attributes.get("uuid").asString()).startsWith(seeded.identifier());
		assertThat(attributes.get("internal_id").asInt()).isEqualTo(seeded.id());
		assertThat(attributes.get("server_owner").asBoolean()).isTrue();
		assertThat(attributes.at("/limits/memory").asInt()).isEqualTo(seeded.limits().memory());
		assertThat(attributes.at("/relationships/allocations/data/0/attributes/is_default").asBoolean()).isTrue();
		assertThat(attributes.at("/relationships/variables/object").asString()).isEqualTo("list");
		assertThat(response.json().at("/meta/is_server_owner").asBoolean()).isTrue();
		assertThat(response.json().at("/meta/user_permissions/0").asString()).isEqualTo("*");
	}

	@Test
	void serverDetailsWhenSomeoneElsesAnswers404ButAdminSeesIt() {
		SimulatedServer adminOwned = this.simulator.state().servers().get(0);
		String playerKey = this.simulator.clientKeyFor("player1@example.com");

		SimulatorClient.Response asPlayer = SimulatorClient.of(this.simulator, playerKey)
			.get("/api/client/servers/" + adminOwned.identifier());
		SimulatorClient.Response unknown = this.admin.get("/api/client/servers/zzzz9999");

		assertThat(asPlayer.status()).isEqualTo(404);
		assertThat(asPlayer.json().at("/errors/0/detail").asString())
			.isEqualTo("The requested resource does not exist on this server.");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().at("/errors/0/detail").asString())
			.isEqualTo("The requested resource could not be found on the server.");
	}

	@Test
	void resourcesWhenRunningReportUsageAndWhenSuspendedAnswers409() {
		SimulatedServer running = this.simulator.state()
			.servers()
			.stream()
			.filter((server) -> server.powerState() == PowerState.RUNNING)
			.findFirst()
			.orElseThrow();
		SimulatedServer suspended = this.simulator.state()
			.servers()
			.stream()
			.filter(SimulatedServer::suspended)
			.findFirst()
			.orElseThrow();

		SimulatorClient.Response ok = this.admin.get("/api/client/servers/" + running.uuid() + "/resources");
		SimulatorClient.Response conflict = this.admin
			.get("/api/client/servers/" + suspended.identifier() + "/resources");

		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("object").asString()).isEqualTo("stats");
		assertThat(ok.json().at("/attributes/current_state").asString()).isEqualTo("running");
		assertThat(ok.json().at("/attributes/resources").propertyNames()).containsExactly("memory_bytes",
				"cpu_absolute", "disk_bytes", "network_rx_bytes", "network_tx_bytes", "uptime");
		assertThat(ok.json().at("/attributes/resources/cpu_absolute").asDouble()).isPositive();
		assertThat(ok.json().at("/attributes/resources/uptime").asLong()).isPositive();
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.body()).isEqualTo("{\"errors\":[{\"code\":\"ServerStateConflictException\","
				+ "\"status\":\"409\",\"detail\":\"This server is currently suspended and the functionality "
				+ "requested is unavailable.\"}]}");
	}

	@Test
	void listWhenNoTypeReturnsOwnedServersOnly() {
		long owned = this.simulator.state()
			.servers()
			.stream()
			.filter((server) -> server.ownerEmail().equals("admin@example.com"))
			.count();

		JsonNode list = this.admin.get("/api/client").json();

		assertThat(list.get("object").asString()).isEqualTo("list");
		assertThat(list.get("data")).hasSize((int) owned);
		assertThat(list.at("/data/0/attributes/server_owner").asBoolean()).isTrue();
		assertThat(list.at("/meta/pagination").propertyNames()).containsExactly("total", "count", "per_page",
				"current_page", "total_pages", "links");
		assertThat(list.at("/meta/pagination/per_page").asInt()).isEqualTo(50);
		assertThat(list.at("/meta/pagination/links").toString()).isEqualTo("{}");
	}

	@Test
	void listWhenAdminTypesReturnOthersOrAllAndNonAdminGetsNothing() {
		int all = this.simulator.state().servers().size();
		SimulatorClient player = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));

		JsonNode adminAll = this.admin.get("/api/client?type=admin-all").json();
		JsonNode adminOthers = this.admin.get("/api/client?type=admin").json();
		SimulatorClient.Response playerAll = player.get("/api/client?type=admin-all");

		assertThat(adminAll.get("data")).hasSize(all);
		assertThat(adminOthers.get("data"))
			.allSatisfy((server) -> assertThat(server.at("/attributes/server_owner").asBoolean()).isFalse());
		assertThat(adminOthers.get("data").size() + this.admin.get("/api/client").json().get("data").size())
			.isEqualTo(all);
		assertThat(playerAll.status()).isEqualTo(200);
		assertThat(playerAll.json().get("data")).isEmpty();
	}

	@Test
	void listWhenPagedLinksKeepTheQuery() {
		JsonNode page = this.admin.get("/api/client?type=admin-all&per_page=2&page=2").json();

		assertThat(page.get("data")).hasSize(2);
		assertThat(page.at("/meta/pagination/total").asInt()).isEqualTo(6);
		assertThat(page.at("/meta/pagination/total_pages").asInt()).isEqualTo(3);
		assertThat(page.at("/meta/pagination/current_page").asInt()).isEqualTo(2);
		assertThat(page.at("/meta/pagination/links/previous").asString())
			.isEqualTo(this.simulator.url() + "/api/client?type=admin-all&per_page=2&page=1");
		assertThat(page.at("/meta/pagination/links/next").asString())
			.isEqualTo(this.simulator.url() + "/api/client?type=admin-all&per_page=2&page=3");
		assertThat(this.admin.get("/api/client?per_page=500").json().at("/meta/pagination/per_page").asInt())
			.isEqualTo(100);
	}

	@Test
	void listWhenFilteredMatchesAndUnknownFilterAnswers400() {
		SimulatedServer target = this.simulator.state().servers().get(2);
		String needle = target.name().substring(1, 4).toUpperCase();

		JsonNode byName = this.admin.get("/api/client?type=admin-all&filter[name]=" + needle).json();
		JsonNode byIdentifier = this.admin.get("/api/client?type=admin-all&filter[*]=" + target.identifier()).json();
		SimulatorClient.Response unknown = this.admin.get("/api/client?filter[foo]=1");

		assertThat(byName.get("data")).isNotEmpty()
			.allSatisfy(
					(server) -> assertThat(server.at("/attributes/name").asString().toUpperCase()).contains(needle));
		assertThat(byIdentifier.get("data")).singleElement()
			.satisfies((server) -> assertThat(server.at("/attributes/identifier").asString())
				.isEqualTo(target.identifier()));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).isEqualTo("{\"errors\":[{\"code\":\"InvalidFilterQuery\",\"status\":\"400\","
				+ "\"detail\":\"Requested filter(s) `foo` are not allowed. Allowed filter(s) are "
				+ "`uuid, name, description, external_id, *`.\"}]}");
	}

	@Test
	void listWhenIncludeEggAddsRelationship() {
		JsonNode list = this.admin.get("/api/client?include=egg").json();

		assertThat(list.at("/data/0/attributes/relationships/egg/object").asString()).isEqualTo("egg");
		assertThat(list.at("/data/0/attributes/relationships/egg/attributes").propertyNames()).containsExactly("uuid",
				"name");
	}

	@Test
	void websocketWhenRequestedReturnsTokenAndLoopbackSocket() {
		SimulatedServer server = this.simulator.state().servers().get(0);

		SimulatorClient.Response response = this.admin.get("/api/client/servers/" + server.identifier() + "/websocket");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().propertyNames()).containsExactly("data");
		assertThat(response.json().at("/data/token").asString().split("\\.")).hasSize(3);
		assertThat(response.json().at("/data/socket").asString())
			.isEqualTo("ws://127.0.0.1:" + this.simulator.url().getPort() + "/api/servers/" + server.uuid() + "/ws");
	}

	@Test
	void bodyWhenMalformedJsonAnswers400() {
		String id = this.simulator.state().servers().get(0).identifier();

		SimulatorClient.Response response = this.admin.post("/api/client/servers/" + id + "/power", "{\"signal\":");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"BadRequestHttpException\",\"status\":\"400\","
				+ "\"detail\":\"The JSON data passed in the request appears to be malformed: Syntax error\"}]}");
	}

}
