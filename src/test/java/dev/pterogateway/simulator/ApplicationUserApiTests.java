package dev.pterogateway.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ApplicationUserApiTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-24T12:00:00Z"), ZoneOffset.UTC);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private PanelSimulator simulator;

	private SimulatorClient application;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main").withUsers(2).withClock(CLOCK));
		this.application = SimulatorClient.of(this.simulator, this.simulator.applicationKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	/** The JSON text without whitespace, keeping the field order. */
	static String compact(String json) {
		return MAPPER.readTree(json).toString();
	}

	private String userJson(int id, String uuid, String username, String email, String first, String last,
			boolean admin) {
		return "{\"object\":\"user\",\"attributes\":{\"id\":" + id + ",\"external_id\":null,\"uuid\":\"" + uuid
				+ "\",\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"first_name\":\"" + first
				+ "\",\"last_name\":\"" + last + "\",\"language\":\"en\",\"root_admin\":" + admin
				+ ",\"2fa\":false,\"created_at\":\"2024-10-24T12:00:00+00:00\",\"updated_at\":\"2024-10-24T12:00:00+00:00\"}}";
	}

	private String uuidOf(String email) {
		return this.simulator.state()
			.users()
			.stream()
			.filter((user) -> user.email().equals(email))
			.findFirst()
			.orElseThrow()
			.uuid();
	}

	@Test
	void listWhenNoQueryReturnsEveryUserOnOnePage() {
		SimulatorClient.Response response = this.application.get("/api/application/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("240");
		assertThat(response.body()).isEqualTo("{\"object\":\"list\",\"data\":["
				+ userJson(1, uuidOf("admin@example.com"), "admin", "admin@example.com", "Admin", "User", true) + ","
				+ userJson(2, uuidOf("player1@example.com"), "player1", "player1@example.com", "Alice", "Smith", false)
				+ ","
				+ userJson(3, uuidOf("player2@example.com"), "player2", "player2@example.com", "Bob", "Jones", false)
				+ "],\"meta\":{\"pagination\":{\"total\":3,\"count\":3,\"per_page\":50,\"current_page\":1,"
				+ "\"total_pages\":1,\"links\":{}}}}");
	}

	@Test
	void listWhenFilteredByEmailAndSortedReturnsMatchesOnly() {
		SimulatorClient.Response partial = this.application.get("/api/application/users?filter[email]=PLAYER");
		SimulatorClient.Response sorted = this.application.get("/api/application/users?sort=-id&per_page=2");

		assertThat(partial.json().at("/data").findValuesAsString("email")).containsExactly("player1@example.com",
				"player2@example.com");
		assertThat(sorted.json().at("/data").findValues("id")).extracting(JsonNode::asInt).containsExactly(3, 2);
		assertThat(sorted.json().at("/meta/pagination/links/next").asString())
			.isEqualTo(this.simulator.url() + "/api/application/users?sort=-id&per_page=2&page=2");
	}

	@Test
	void listWhenUnknownFilterOrSortAnswers400() {
		SimulatorClient.Response filter = this.application.get("/api/application/users?filter[name]=x");
		SimulatorClient.Response sort = this.application.get("/api/application/users?sort=email");

		assertThat(filter.status()).isEqualTo(400);
		assertThat(filter.body()).isEqualTo("{\"errors\":[{\"code\":\"InvalidFilterQuery\",\"status\":\"400\","
				+ "\"detail\":\"Requested filter(s) `name` are not allowed. "
				+ "Allowed filter(s) are `email, uuid, username, external_id`.\"}]}");
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.body()).isEqualTo("{\"errors\":[{\"code\":\"InvalidSortQuery\",\"status\":\"400\","
				+ "\"detail\":\"Requested sort(s) `email` is not allowed. Allowed sort(s) are `id, uuid`.\"}]}");
	}

	@Test
	void viewWhenIncludeServersListsOwnedServers() {
		SimulatorClient.Response response = this.application.get("/api/application/users/1?include=servers");

		assertThat(response.status()).isEqualTo(200);
		JsonNode servers = response.json().at("/attributes/relationships/servers");
		assertThat(servers.get("object").asString()).isEqualTo("list");
		assertThat(servers.get("data").findValues("user")).isNotEmpty().allMatch((owner) -> owner.asInt() == 1);
		assertThat(servers.get("data")).allMatch((server) -> server.get("object").asString().equals("server"));
	}

	@Test
	void viewWhenUnknownOrNotNumericAnswers404() {
		for (String path : new String[] { "/api/application/users/99", "/api/application/users/abc",
				"/api/application/users/external/nobody" }) {
			SimulatorClient.Response response = this.application.get(path);

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"NotFoundHttpException\",\"status\":\"404\","
					+ "\"detail\":\"The requested resource could not be found on the server.\"}]}");
		}
	}

	@Test
	void createWhenValidAnswers201WithResourceAndIsFoundByExternalId() {
		SimulatorClient.Response created = this.application.post("/api/application/users", """
				{"email":"dana@example.com","username":"  Dana.Lee ","first_name":"Dana","last_name":"Lee",
				 "external_id":"billing-1007","language":"de"}""");

		assertThat(created.status()).isEqualTo(201);
		String uuid = uuidOf("dana@example.com");
		assertThat(created.body()).isEqualTo(compact("""
				{"object":"user","attributes":{"id":4,"external_id":"billing-1007","uuid":"%s","username":"dana.lee",
				"email":"dana@example.com","first_name":"Dana","last_name":"Lee","language":"de","root_admin":false,
				"2fa":false,"created_at":"2024-10-24T12:00:00+00:00","updated_at":"2024-10-24T12:00:00+00:00"},
				"meta":{"resource":"%s/api/application/users/4"}}""".formatted(uuid, this.simulator.url())));
		SimulatorClient.Response external = this.application.get("/api/application/users/external/billing-1007");
		assertThat(external.json().at("/attributes/id").asInt()).isEqualTo(4);
		assertThat(SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("dana@example.com"))
			.get("/api/client/account")
			.status()).isEqualTo(200);
	}

	@Test
	void createWhenEmptyAnswers422WithOneErrorPerRule() {
		SimulatorClient.Response response = this.application.post("/api/application/users", "{\"first_name\":\"  \"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).isEqualTo(compact("""
				{"errors":[
				{"code":"ValidationException","status":"422","detail":"The email field is required.",
				 "meta":{"source_field":"email","rule":"required"}},
				{"code":"ValidationException","status":"422","detail":"The username field is required.",
				 "meta":{"source_field":"username","rule":"required"}},
				{"code":"ValidationException","status":"422","detail":"The first name field is required.",
				 "meta":{"source_field":"first_name","rule":"required"}},
				{"code":"ValidationException","status":"422","detail":"The last name field is required.",
				 "meta":{"source_field":"last_name","rule":"required"}}]}"""));
	}

	@Test
	void createWhenTakenOrMalformedAnswers422WithPanelRules() {
		SimulatorClient.Response response = this.application.post("/api/application/users", """
				{"email":"PLAYER1@example.com","username":"-bad name","first_name":"A","last_name":"B",
				 "root_admin":"yes"}""");
		SimulatorClient.Response taken = this.application.post("/api/application/users", """
				{"email":"not-an-email","username":"Player2","first_name":"A","last_name":"B"}""");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors"))
			.extracting((error) -> error.at("/meta/source_field").asString(),
					(error) -> error.at("/meta/rule").asString(), (error) -> error.get("detail").asString())
			.containsExactly(tuple("email", "unique", "The email has already been taken."),
					tuple("username", "p_username",
							"The username must start and end with alpha-numeric characters and contain only "
									+ "letters, numbers, dashes, underscores, and periods."),
					tuple("root_admin", "boolean", "The Root Administrator Status field must be true or false."));
		assertThat(taken.json().get("errors")).extracting((error) -> error.at("/meta/rule").asString())
			.containsExactly("email", "unique");
	}

	@Test
	void updateWhenRequiredFieldsOmittedAnswers422AndWhenCompleteReplaces() {
		SimulatorClient.Response partial = this.application.patch("/api/application/users/2",
				"{\"first_name\":\"Alicia\"}");
		SimulatorClient.Response complete = this.application.patch("/api/application/users/2", """
				{"email":"player1@example.com","username":"player1","first_name":"Alicia","last_name":"Smith",
				 "external_id":"crm-2","password":"secret-password"}""");

		assertThat(partial.status()).isEqualTo(422);
		assertThat(partial.json().get("errors")).extracting((error) -> error.at("/meta/source_field").asString())
			.containsExactly("email", "username", "last_name");
		assertThat(complete.status()).isEqualTo(200);
		assertThat(complete.json().at("/attributes/first_name").asString()).isEqualTo("Alicia");
		assertThat(complete.json().at("/attributes/external_id").asString()).isEqualTo("crm-2");
		assertThat(this.simulator.state().users().get(1).firstName()).isEqualTo("Alicia");
	}

	@Test
	void deleteWhenUserOwnsServersAnswers400AndOtherwise204() {
		int owner = this.simulator.state().seedServer(ServerSeed.of("Owned", "player2@example.com")).ownerId();
		this.application.post("/api/application/users",
				"{\"email\":\"gone@example.com\",\"username\":\"gone\",\"first_name\":\"G\",\"last_name\":\"O\"}");

		SimulatorClient.Response refused = this.application.delete("/api/application/users/" + owner);
		SimulatorClient.Response deleted = this.application.delete("/api/application/users/4");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).isEqualTo("{\"errors\":[{\"code\":\"DisplayException\",\"status\":\"400\","
				+ "\"detail\":\"Cannot delete a user with active servers attached to their account. "
				+ "Please delete their servers before continuing.\"}]}");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(this.application.get("/api/application/users/4").status()).isEqualTo(404);
	}

	@Test
	void applicationRouteWhenClientKeysOfAdminAndUserAnswers200And403() {
		SimulatorClient.Response admin = SimulatorClient.of(this.simulator, this.simulator.clientKey())
			.get("/api/application/users");
		SimulatorClient.Response user = SimulatorClient
			.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"))
			.get("/api/application/users");

		assertThat(admin.status()).isEqualTo(200);
		assertThat(user.status()).isEqualTo(403);
		assertThat(user.body()).isEqualTo("{\"errors\":[{\"code\":\"AccessDeniedHttpException\",\"status\":\"403\","
				+ "\"detail\":\"This account does not have permission to access the API.\"}]}");
	}

}
