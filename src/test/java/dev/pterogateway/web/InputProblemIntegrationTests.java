package dev.pterogateway.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input over real HTTP: every answer is a 400 problem whose message says what
 * to fix, whether the firewall, the JSON reader or a parameter conversion refused it.
 */
@GatewayIntegrationTest
class InputProblemIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ApiClient api;

	private String token;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.token = new TestAccounts(this.context, this.api).user().accessToken();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/server//status", "/api/server/%2e%2e/status", "/api/server/a;b/status",
			"/api/server/%2F/status" })
	void urlWhenTheFirewallRefusesItAnswersAProblem(String path) throws Exception {
		HttpResponse<String> response = raw("GET", path, null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("invalid_url");
		assertThat(problem.path("error").asString()).startsWith("The request URL was refused");
	}

	@Test
	void bodyWhenNotJsonNamesWhereItBroke() throws Exception {
		HttpResponse<String> response = raw("POST", "/api/server/create", "{\"osId\": 1,,}");

		JsonNode problem = json.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem.path("code").asString()).isEqualTo("invalid_body");
		assertThat(problem.path("error").asString()).startsWith("The request body is not valid JSON (line 1, column ");
	}

	@Test
	void bodyWhenAFieldHasTheWrongTypeNamesTheField() {
		ApiClient.Reply reply = this.api.post("/api/server/create", this.token, Map.of("osId", "linux", "tariffId", 1));

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("invalid_body");
		assertThat(reply.text("error")).isEqualTo("Field 'osId' must be a whole number.");
	}

	@Test
	void bodyWhenNotAnObjectSaysSo() {
		ApiClient.Reply reply = this.api.post("/api/server/create", this.token, "a string");

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.text("error")).isEqualTo("The request body must be an object.");
	}

	@Test
	void bodyWhenMissingSaysSo() throws Exception {
		HttpResponse<String> response = raw("POST", "/api/server/create", "");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("The request body is missing.");
	}

	@Test
	void queryParameterWhenNotConvertibleNamesItAndTheTypeWanted() {
		ApiClient.Reply reply = this.api.get("/api/server?size=abc", this.token);

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().at("/fields/0/field").asString()).isEqualTo("size");
		assertThat(reply.json().at("/fields/0/message").asString()).isEqualTo("'abc' is not a whole number");
	}

	private HttpResponse<String> raw(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
