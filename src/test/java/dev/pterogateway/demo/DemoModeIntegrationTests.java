package dev.pterogateway.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.SimulatedServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no panel configured, the gateway starts two simulated panels and talks to them
 * over HTTP like to real ones; the newcomer's URLs answer, and the catalog it seeds
 * creates servers on them.
 */
@GatewayIntegrationTest
class DemoModeIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoPanels demoPanels;

	@Autowired
	private Environment environment;

	@Autowired
	private ApplicationContext context;

	@Test
	void startWhenNoPanelConfiguredPointsGatewayAtTwoSimulatedPanels() {
		for (String name : new String[] { "main", "oci" }) {
			assertThat(this.environment.getProperty("ptero.panels." + name + ".url"))
				.isEqualTo(this.demoPanels.simulator(name).url().toString());
			assertThat(this.environment.getProperty("ptero.panels." + name + ".client-key"))
				.isEqualTo(this.demoPanels.simulator(name).clientKey())
				.startsWith("ptlc_");
		}
		assertThat(this.environment.getProperty("ptero.demo.active")).isEqualTo("true");
	}

	@Test
	void simulatedPanelWhenAskedByHttpAnswersLikePterodactyl() throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.demoPanels.simulator("oci").url() + "/api/client/account"))
					.header("Accept", "application/json")
					.header("Authorization", "Bearer " + this.demoPanels.simulator("oci").clientKey())
					.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"object\":\"user\"").contains("\"admin\":true");
	}

	@Test
	void createWhenUsingDemoSeededTariffAndTemplatesInstallsServerOnTheSimulatedPanel() {
		ApiClient api = new ApiClient(this.port);
		TestAccounts.TestUser user = new TestAccounts(this.context, api).user();
		JsonNode starter = named(api.get("/api/catalog/tariffs", user.accessToken()).json(), "Starter");
		JsonNode templates = api.get("/api/catalog/os-templates", user.accessToken()).json();

		ApiClient.Reply pinned = api.post("/api/server/create", user.accessToken(), Map.of("osId",
				named(templates, "Paper on oci").path("id").asLong(), "tariffId", starter.path("id").asLong()));
		ApiClient.Reply anywhere = api.post("/api/server/create", user.accessToken(), Map.of("osId",
				named(templates, "Vanilla Minecraft").path("id").asLong(), "tariffId", starter.path("id").asLong()));

		assertThat(pinned.status()).as(pinned.body()).isEqualTo(201);
		assertThat(pinned.text("panel")).isEqualTo("oci");
		SimulatedServer onOci = this.demoPanels.simulator("oci").state().server(pinned.text("id"));
		assertThat(onOci.ownerEmail()).isEqualTo(user.email());
		assertThat(onOci.limits().memory()).isEqualTo(1024);
		assertThat(onOci.limits().disk()).isEqualTo(5120);
		assertThat(onOci.limits().cpu()).isEqualTo(100);
		assertThat(onOci.featureLimits().backups()).isEqualTo(1);
		assertThat(anywhere.status()).as(anywhere.body()).isEqualTo(201);
		assertThat(anywhere.text("panel")).isIn("main", "oci");
		assertThat(this.demoPanels.simulator(anywhere.text("panel")).state().server(anywhere.text("id")).ownerEmail())
			.isEqualTo(user.email());
	}

	@Test
	void healthWhenBothPanelsUpIsUp() throws IOException, InterruptedException {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void swaggerUiWhenRequestedIsServed() throws IOException, InterruptedException {
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
		HttpResponse<String> docs = get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\":\"3.1.0\"");
	}

	private static JsonNode named(JsonNode items, String name) {
		return items.valueStream()
			.filter((item) -> item.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no catalog entry named " + name + " in " + items));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
