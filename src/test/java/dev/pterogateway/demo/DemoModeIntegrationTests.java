package dev.pterogateway.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no panel configured, the gateway starts two simulated panels and talks to them
 * over HTTP like to real ones; the newcomer's URLs answer.
 */
@GatewayIntegrationTest
class DemoModeIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoPanels demoPanels;

	@Autowired
	private Environment environment;

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

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
