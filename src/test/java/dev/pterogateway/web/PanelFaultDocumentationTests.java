package dev.pterogateway.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served API document lists the panel's failures (502, 503, 504) as problems on every
 * operation that calls a panel, 502 alone where only the server lookup may reach one, and
 * none where a panel failure degrades the answer instead.
 */
@GatewayIntegrationTest
class PanelFaultDocumentationTests {

	private static final String PROBLEM = "#/components/schemas/" + ProblemDocumentation.SCHEMA;

	private static final List<String> CALLING_PANEL = List.of("getServer", "deleteServer", "getServerStatus",
			"startServer", "stopServer", "restartServer", "killServer", "sendServerCommand", "openServerConsole",
			"resetServerPassword", "resizeServer", "createServer", "createSnapshot", "listSnapshots",
			"rollbackSnapshot", "deleteSnapshot", "createOsTemplate", "updateOsTemplate");

	@LocalServerPort
	private int port;

	private Map<String, JsonNode> operations;

	@BeforeEach
	void setUp() {
		ApiClient.Reply docs = new ApiClient(this.port).get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		this.operations = new HashMap<>();
		docs.json().path("paths").forEach((path) -> path.forEach((operation) -> {
			if (operation.has("operationId")) {
				this.operations.put(operation.path("operationId").asString(), operation);
			}
		}));
	}

	@Test
	void operationsWhenTheyCallAPanelDocumentEveryPanelFaultAsProblem() {
		assertThat(this.operations).containsKeys(CALLING_PANEL.toArray(String[]::new));
		for (String id : CALLING_PANEL) {
			JsonNode responses = this.operations.get(id).path("responses");
			assertThat(responses.path("502").path("description").asString()).as(id).contains("panel_unavailable");
			assertThat(responses.path("503").path("description").asString()).as(id).contains("panel_rate_limited");
			assertThat(responses.path("504").path("description").asString()).as(id).contains("panel_timeout");
			for (String status : List.of("502", "503", "504")) {
				assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asString())
					.as(id + " " + status)
					.isEqualTo(PROBLEM);
			}
		}
	}

	@Test
	void operationWhenItAlsoAnswersItsOwn503KeepsItAndAddsThePanels() {
		String command = this.operations.get("sendServerCommand").at("/responses/503/description").asString();

		assertThat(command).contains("console_unavailable").contains("panel_rate_limited");
	}

	@Test
	void historyWhenOnlyTheServerLookupMayReachAPanelDocuments502Only() {
		JsonNode history = this.operations.get("getServerStatsHistory").path("responses");

		assertThat(statuses(history)).contains("502").doesNotContain("503", "504");
		assertThat(history.at("/502/description").asString()).contains("panel_unavailable");
	}

	@Test
	void listWhenAPanelFailureDegradesTheAnswerDocumentsNoPanelFault() {
		assertThat(statuses(this.operations.get("listServers").path("responses"))).doesNotContain("502", "503", "504");
	}

	private static Set<String> statuses(JsonNode responses) {
		return new TreeSet<>(responses.propertyNames());
	}

}
