package dev.pterogateway.server;

import java.time.Duration;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's way through the API with a server from the catalog: create, see it
 * install, see its template and tariff, resize it, start it, snapshot it and roll it
 * back; an administrator deletes it.
 */
@GatewayIntegrationTest
class ServerCreationJourneyTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels panels;

	@Test
	void createWhenInstalledIsDetailedResizableStartableAndDeletable() {
		ApiClient api = new ApiClient(this.port);
		TestAccounts accounts = new TestAccounts(this.context, api);
		TestAccounts.TestUser admin = accounts.admin();
		TestAccounts.TestUser user = accounts.user();
		CatalogFixtures catalog = new CatalogFixtures(api, admin);
		long tariff = catalog.tariff(2, 3072, 15360);
		long template = catalog.paper("main", Map.of());

		ApiClient.Reply created = api.post("/api/server/create", user.accessToken(),
				Map.of("osId", template, "tariffId", tariff, "name", "Journey"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.text("id");
		String path = "/api/server/" + id;

		JsonNode details = await().atMost(Duration.ofSeconds(10))
			.until(() -> api.get(path, user.accessToken()).json(),
					(found) -> "installed".equals(found.path("status").asString()));
		assertThat(details.path("panel").asString()).isEqualTo("main");
		assertThat(details.path("name").asString()).isEqualTo("Journey");
		assertThat(details.path("owner").path("email").asString()).isEqualTo(user.email());
		assertThat(details.path("osTemplate").path("id").asLong()).isEqualTo(template);
		assertThat(details.path("osTemplate").path("name").asString()).isEqualTo("Paper main");
		assertThat(details.path("tariff").path("id").asLong()).isEqualTo(tariff);
		assertThat(details.path("limits").path("memory").asLong()).isEqualTo(3072);
		assertThat(details.path("limits").path("cpu").asInt()).isEqualTo(200);
		assertThat(details.path("allocations")).hasSize(1);
		assertThat(api.get("/api/server", user.accessToken())
			.json()
			.path("data")
			.valueStream()
			.map((item) -> item.path("id").asString())).contains(id);

		ApiClient.Reply resized = api.send("PUT", path + "/resize", user.accessToken(), Map.of("memory", 2048));
		assertThat(resized.status()).as(resized.body()).isEqualTo(200);
		assertThat(api.get(path, user.accessToken()).json().path("limits").path("memory").asLong()).isEqualTo(2048);

		assertThat(api.post(path + "/start", user.accessToken(), null).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.panels.simulator("main").state().server(id).powerState().name(), "RUNNING"::equals);

		ApiClient.Reply snapshot = api.post(path + "/snapshots", user.accessToken(),
				Map.of("snapname", "before-update", "description", "journey"));
		assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api.get(path + "/snapshots", user.accessToken()).json().path("data").path(0),
					(found) -> found.path("completed").asBoolean() && found.path("successful").asBoolean());
		ApiClient.Reply rollback = api.post(path + "/snapshots/rollback", user.accessToken(),
				Map.of("snapname", "before-update"));
		assertThat(rollback.status()).as(rollback.body()).isEqualTo(200);
		assertThat(rollback.text("taskId")).isEqualTo(snapshot.text("taskId"));
		assertThat(this.panels.simulator("main").state().server(id).status()).isEqualTo("restoring_backup");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.panels.simulator("main").state().server(id).status()).isNull());

		ApiClient.Reply deleted = api.delete(path, admin.accessToken());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
		assertThat(api.get(path, user.accessToken()).status()).isEqualTo(404);
	}

}
