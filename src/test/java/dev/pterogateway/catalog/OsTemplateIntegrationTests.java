package dev.pterogateway.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OS templates over real HTTP against the simulated panels: everyone reads them,
 * administrators change them, and a template must name a configured panel and an egg that
 * panel has.
 */
@GatewayIntegrationTest
class OsTemplateIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels panels;

	private ApiClient api;

	private TestAccounts.TestUser admin;

	private TestAccounts.TestUser user;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		TestAccounts accounts = new TestAccounts(this.context, this.api);
		this.admin = accounts.admin();
		this.user = accounts.user();
	}

	@AfterEach
	void clearFaults() {
		this.panels.simulator("oci").faults().clear();
	}

	@Test
	void createWhenAdminStoresTemplateThatEveryoneReads() {
		Map<String, Object> body = template("Rust modded", "oci", 2, 3);
		body.put("dockerImage", "ghcr.io/pterodactyl/games:rust");
		body.put("environment", Map.of("HOSTNAME", "My Rust", "MAX_PLAYERS", "100"));

		ApiClient.Reply created = this.api.post("/api/catalog/os-templates", this.admin.accessToken(), body);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode template = created.json();
		assertThat(template.path("name").asString()).isEqualTo("Rust modded");
		assertThat(template.path("type").asString()).isEqualTo("test");
		assertThat(template.path("panel").asString()).isEqualTo("oci");
		assertThat(template.path("nestId").asInt()).isEqualTo(2);
		assertThat(template.path("eggId").asInt()).isEqualTo(3);
		assertThat(template.path("dockerImage").asString()).isEqualTo("ghcr.io/pterodactyl/games:rust");
		assertThat(template.path("startup").isNull()).isTrue();
		assertThat(template.path("environment").path("HOSTNAME").asString()).isEqualTo("My Rust");
		assertThat(template.path("environment").path("MAX_PLAYERS").asString()).isEqualTo("100");
		long id = template.path("id").asLong();
		assertThat(this.api.get("/api/catalog/os-templates/" + id, this.user.accessToken()).json()).isEqualTo(template);
		assertThat(this.api.get("/api/catalog/os-templates", this.user.accessToken())
			.json()
			.valueStream()
			.map((item) -> item.path("id").asLong())).contains(id);
	}

	@Test
	void createWhenPanelIsUnknownAnswersBadRequest() {
		ApiClient.Reply reply = this.api.post("/api/catalog/os-templates", this.admin.accessToken(),
				template("Nowhere", "mars", 1, 1));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("unknown_panel");
		assertThat(reply.json().path("knownPanels").valueStream().map(JsonNode::asString)).containsExactly("main",
				"oci");
	}

	@Test
	void createWhenEggIsNotInNestAnswersBadRequest() {
		ApiClient.Reply pinned = this.api.post("/api/catalog/os-templates", this.admin.accessToken(),
				template("Wrong nest", "main", 1, 3));
		ApiClient.Reply anywhere = this.api.post("/api/catalog/os-templates", this.admin.accessToken(),
				template("No such egg", null, 1, 99));

		assertThat(pinned.status()).isEqualTo(400);
		assertThat(pinned.text("code")).isEqualTo("unknown_egg");
		assertThat(anywhere.status()).isEqualTo(400);
		assertThat(anywhere.text("code")).isEqualTo("unknown_egg");
		assertThat(anywhere.text("error")).contains("main or oci");
	}

	@Test
	void createWithoutPanelWhenEggExistsIsInstallableAnywhere() {
		ApiClient.Reply reply = this.api.post("/api/catalog/os-templates", this.admin.accessToken(),
				template("Vanilla anywhere", null, 1, 2));

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().path("panel").isNull()).isTrue();
	}

	@Test
	void createWhenPanelIsDownAnswersBadGatewayAndAuditsFailure() {
		this.panels.simulator("oci").faults().failAll(500);

		ApiClient.Reply reply = this.api.post("/api/catalog/os-templates", this.admin.accessToken(),
				template("Unchecked", "oci", 1, 1));

		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.text("code")).isEqualTo("panel_unavailable");
		JsonNode items = await().until(
				() -> this.api
					.get("/api/admin/audit?action=catalog.os_template.create&user=" + this.admin.email(),
							this.admin.accessToken())
					.json()
					.path("items"),
				(found) -> found.size() == 1);
		assertThat(items.get(0).path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(items.get(0).path("detail").asString()).contains("oci");
	}

	@Test
	void createWhenFieldsAreInvalidAnswersValidationFailed() {
		Map<String, Object> body = template(" ", "main", 0, -1);
		body.put("environment", Map.of("1BAD", "x"));
		body.put("dockerImage", "not an image!");

		ApiClient.Reply reply = this.api.post("/api/catalog/os-templates", this.admin.accessToken(), body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("fields").valueStream().map((field) -> field.path("field").asString()))
			.contains("name", "nestId", "eggId", "dockerImage")
			.anySatisfy((field) -> assertThat(field).startsWith("environment"));
	}

	@Test
	void changeWhenCallerIsUserAnswersForbidden() {
		long id = create(template("Users cannot touch", "main", 1, 1));

		assertThat(this.api.post("/api/catalog/os-templates", this.user.accessToken(), template("x", "main", 1, 1))
			.status()).isEqualTo(403);
		assertThat(this.api
			.send("PUT", "/api/catalog/os-templates/" + id, this.user.accessToken(), template("x", "main", 1, 1))
			.status()).isEqualTo(403);
		assertThat(this.api.delete("/api/catalog/os-templates/" + id, this.user.accessToken()).status()).isEqualTo(403);
		assertThat(this.api.get("/api/catalog/os-templates/" + id, this.user.accessToken()).text("name"))
			.isEqualTo("Users cannot touch");
	}

	@Test
	void updateAndDeleteWhenAdminActsChangeThenRemoveTemplate() {
		long id = create(template("Before", "main", 1, 1));
		Map<String, Object> body = template("After", "oci", 1, 2);
		body.put("environment", Map.of("VANILLA_VERSION", "1.20.4"));

		ApiClient.Reply updated = this.api.send("PUT", "/api/catalog/os-templates/" + id, this.admin.accessToken(),
				body);
		ApiClient.Reply deleted = this.api.delete("/api/catalog/os-templates/" + id, this.admin.accessToken());

		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.text("name")).isEqualTo("After");
		assertThat(updated.text("panel")).isEqualTo("oci");
		assertThat(updated.json().path("environment").properties()).hasSize(1);
		assertThat(deleted.status()).isEqualTo(204);
		ApiClient.Reply gone = this.api.get("/api/catalog/os-templates/" + id, this.user.accessToken());
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.text("code")).isEqualTo("unknown_os_template");
	}

	@Test
	void changeWhenAdminActsIsAuditedWithActorTargetAndName() {
		long id = create(template("Audited", "main", 1, 1));
		this.api.send("PUT", "/api/catalog/os-templates/" + id, this.admin.accessToken(),
				template("Audited again", "oci", 1, 2));
		this.api.delete("/api/catalog/os-templates/" + id, this.admin.accessToken());
		this.api.delete("/api/catalog/os-templates/" + id, this.admin.accessToken());

		JsonNode items = await().until(() -> this.api
			.get("/api/admin/audit?action=catalog.os_template.*&user=" + this.admin.email(), this.admin.accessToken())
			.json()
			.path("items"), (found) -> found.size() >= 4);

		assertThat(items.valueStream()
			.map((item) -> item.path("action").asString() + " " + item.path("outcome").asString() + " "
					+ item.path("target").asString() + " " + item.path("detail").asString()))
			.containsExactly("catalog.os_template.delete FAILURE os_template:" + id + " unknown_os_template",
					"catalog.os_template.delete SUCCESS os_template:" + id + " Audited again",
					"catalog.os_template.update SUCCESS os_template:" + id + " Audited again",
					"catalog.os_template.create SUCCESS os_template:" + id + " Audited");
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.path("authMethod").asString()).isEqualTo("jwt");
			assertThat(item.path("clientAddress").asString()).isEqualTo("127.0.0.1");
		});
	}

	@Test
	void listWhenDemoModeHasSeededTemplatesForTheSimulatedEggs() {
		JsonNode templates = this.api.get("/api/catalog/os-templates", this.user.accessToken()).json();

		assertThat(templates.valueStream()
			.map((item) -> item.path("name").asString() + "@"
					+ (item.path("panel").isNull() ? "any" : item.path("panel").asString()) + ":"
					+ item.path("nestId").asInt() + "/" + item.path("eggId").asInt()))
			.contains("Paper@any:1/1", "Vanilla Minecraft@any:1/2", "Rust@any:2/3", "Paper on main@main:1/1",
					"Paper on oci@oci:1/1");
	}

	private long create(Map<String, Object> body) {
		ApiClient.Reply reply = this.api.post("/api/catalog/os-templates", this.admin.accessToken(), body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	static Map<String, Object> template(String name, @Nullable String panel, int nest, int egg) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("type", "test");
		body.put("panel", panel);
		body.put("nestId", nest);
		body.put("eggId", egg);
		return body;
	}

}
