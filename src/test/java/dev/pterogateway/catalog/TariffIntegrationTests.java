package dev.pterogateway.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tariffs over real HTTP: every authenticated caller reads them, only administrators
 * change them (validated and audited), users get 403.
 */
@GatewayIntegrationTest
class TariffIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

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

	@Test
	void createWhenAdminStoresTariffThatEveryoneReads() {
		ApiClient.Reply created = this.api.post("/api/catalog/tariffs", this.admin.accessToken(), tariff("Gold", 3));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode tariff = created.json();
		assertThat(tariff.path("name").asString()).isEqualTo("Gold");
		assertThat(tariff.path("cores").asInt()).isEqualTo(3);
		assertThat(tariff.path("memoryMb").asLong()).isEqualTo(3072);
		assertThat(tariff.path("diskMb").asLong()).isEqualTo(15360);
		assertThat(tariff.path("databases").asInt()).isEqualTo(1);
		assertThat(tariff.path("backups").asInt()).isEqualTo(2);
		assertThat(tariff.path("allocations").asInt()).isZero();
		assertThat(tariff.path("price").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(tariff.path("currency").asString()).isEqualTo("EUR");
		long id = tariff.path("id").asLong();
		ApiClient.Reply one = this.api.get("/api/catalog/tariffs/" + id, this.user.accessToken());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json()).isEqualTo(tariff);
		ApiClient.Reply all = this.api.get("/api/catalog/tariffs", this.user.accessToken());
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().valueStream().map((item) -> item.path("id").asLong())).contains(id);
	}

	@Test
	void changeWhenCallerIsUserAnswersForbiddenAndKeepsTariff() {
		long id = create(tariff("Silver", 2));

		ApiClient.Reply post = this.api.post("/api/catalog/tariffs", this.user.accessToken(), tariff("Mine", 64));
		ApiClient.Reply put = this.api.send("PUT", "/api/catalog/tariffs/" + id, this.user.accessToken(),
				tariff("Silver", 64));
		ApiClient.Reply delete = this.api.delete("/api/catalog/tariffs/" + id, this.user.accessToken());

		assertThat(post.status()).isEqualTo(403);
		assertThat(post.text("code")).isEqualTo("forbidden");
		assertThat(put.status()).isEqualTo(403);
		assertThat(delete.status()).isEqualTo(403);
		assertThat(this.api.get("/api/catalog/tariffs/" + id, this.user.accessToken()).json().path("cores").asInt())
			.isEqualTo(2);
	}

	@Test
	void createWhenSizesAreNotPositiveAnswersValidationFailed() {
		Map<String, Object> body = tariff("Broken", 0);
		body.put("memoryMb", -1);
		body.put("diskMb", 0);
		body.put("backups", -2);
		body.put("currency", "euro");

		ApiClient.Reply reply = this.api.post("/api/catalog/tariffs", this.admin.accessToken(), body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("fields").valueStream().map((field) -> field.path("field").asString()))
			.containsExactlyInAnyOrder("cores", "memoryMb", "diskMb", "backups", "currency");
	}

	@Test
	void updateWhenAdminReplacesTariffReturnsNewValues() {
		long id = create(tariff("Bronze", 1));
		Map<String, Object> body = tariff("Bronze Plus", 2);
		body.put("price", "7.00");
		body.put("currency", "USD");

		ApiClient.Reply reply = this.api.send("PUT", "/api/catalog/tariffs/" + id, this.admin.accessToken(), body);

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.json().path("id").asLong()).isEqualTo(id);
		assertThat(reply.text("name")).isEqualTo("Bronze Plus");
		assertThat(reply.json().path("memoryMb").asLong()).isEqualTo(2048);
		assertThat(reply.text("currency")).isEqualTo("USD");
		assertThat(this.api.get("/api/catalog/tariffs/" + id, this.user.accessToken()).text("name"))
			.isEqualTo("Bronze Plus");
	}

	@Test
	void deleteWhenAdminRemovesTariffThenItIsUnknown() {
		long id = create(tariff("Old", 1));

		ApiClient.Reply deleted = this.api.delete("/api/catalog/tariffs/" + id, this.admin.accessToken());

		assertThat(deleted.status()).isEqualTo(204);
		ApiClient.Reply gone = this.api.get("/api/catalog/tariffs/" + id, this.user.accessToken());
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.text("code")).isEqualTo("unknown_tariff");
		assertThat(this.api.delete("/api/catalog/tariffs/" + id, this.admin.accessToken()).status()).isEqualTo(404);
	}

	@Test
	void changeWhenAdminActsIsAuditedWithActorAndOutcome() {
		long id = create(tariff("Audited", 1));
		this.api.send("PUT", "/api/catalog/tariffs/" + id, this.admin.accessToken(), tariff("Audited", 2));
		this.api.delete("/api/catalog/tariffs/" + id, this.admin.accessToken());
		this.api.delete("/api/catalog/tariffs/" + id, this.admin.accessToken());

		JsonNode items = await().until(() -> this.api
			.get("/api/admin/audit?action=catalog.tariff.*&user=" + this.admin.email(), this.admin.accessToken())
			.json()
			.path("items"), (found) -> found.size() >= 4);

		assertThat(items.valueStream()
			.map((item) -> item.path("action").asString() + " " + item.path("outcome").asString() + " "
					+ item.path("target").asString()))
			.containsExactly("catalog.tariff.delete FAILURE tariff:" + id, "catalog.tariff.delete SUCCESS tariff:" + id,
					"catalog.tariff.update SUCCESS tariff:" + id, "catalog.tariff.create SUCCESS tariff:" + id);
		assertThat(items.get(0).path("detail").asString()).isEqualTo("unknown_tariff");
		assertThat(items.get(3).path("authMethod").asString()).isEqualTo("jwt");
		assertThat(items.get(3).path("clientAddress").asString()).isEqualTo("127.0.0.1");
	}

	@Test
	void listWhenDemoModeHasSeededTariffs() {
		JsonNode tariffs = this.api.get("/api/catalog/tariffs", this.user.accessToken()).json();

		assertThat(tariffs.valueStream().map((item) -> item.path("name").asString())).contains("Starter", "Standard",
				"Pro");
	}

	private long create(Map<String, Object> body) {
		ApiClient.Reply reply = this.api.post("/api/catalog/tariffs", this.admin.accessToken(), body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

	static Map<String, Object> tariff(String name, int cores) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("cores", cores);
		body.put("memoryMb", cores * 1024);
		body.put("diskMb", cores * 5120);
		body.put("databases", 1);
		body.put("backups", 2);
		body.put("allocations", 0);
		body.put("price", "12.50");
		body.put("currency", "EUR");
		return body;
	}

}
