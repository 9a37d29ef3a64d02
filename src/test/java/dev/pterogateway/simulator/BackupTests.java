package dev.pterogateway.simulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackupTests {

	private PanelSimulator simulator;

	private SimulatorClient client;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withBackupDuration(Duration.ofMillis(600))
			.withBackupThrottle(0, Duration.ofSeconds(600)));
		this.client = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	private String seed(int backupLimit) {
		return this.simulator.state()
			.seedServer(ServerSeed.of("Backup test", "player1@example.com")
				.withFeatureLimits(new FeatureLimits(0, 1, backupLimit)))
			.identifier();
	}

	private SimulatorClient.Response create(String id, String body) {
		return this.client.post("/api/client/servers/" + id + "/backups", body);
	}

	private JsonNode get(String id, String uuid) {
		return this.client.get("/api/client/servers/" + id + "/backups/" + uuid).json();
	}

	private String createCompleted(String id, String body) {
		String uuid = create(id, body).json().at("/attributes/uuid").asString();
		await().atMost(Duration.ofSeconds(5)).until(() -> get(id, uuid).at("/attributes/is_successful").asBoolean());
		return uuid;
	}

	@Test
	void createWhenAllowedAnswers200InProgressThenCompletes() {
		String id = seed(3);

		SimulatorClient.Response response = create(id, "{\"name\":\"Nightly\",\"ignored\":\"logs/*\\n*.tmp\"}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode attributes = response.json().get("attributes");
		assertThat(response.json().get("object").asString()).isEqualTo("backup");
		assertThat(attributes.propertyNames()).containsExactly("uuid", "is_successful", "is_locked", "name",
				"ignored_files", "checksum", "bytes", "created_at", "completed_at");
		assertThat(attributes.get("is_successful").asBoolean()).isFalse();
		assertThat(attributes.get("completed_at").isNull()).isTrue();
		assertThat(attributes.get("checksum").isNull()).isTrue();
		assertThat(attributes.get("bytes").asLong()).isZero();
		assertThat(attributes.get("ignored_files").toString()).isEqualTo("[\"logs/*\",\"*.tmp\"]");
		assertThat(attributes.get("created_at").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
		String uuid = attributes.get("uuid").asString();
		await().atMost(Duration.ofSeconds(5)).until(() -> get(id, uuid).at("/attributes/is_successful").asBoolean());
		JsonNode done = get(id, uuid).get("attributes");
		assertThat(done.get("checksum").asString()).matches("sha1:[0-9a-f]{40}");
		assertThat(done.get("bytes").asLong()).isPositive();
		assertThat(done.get("completed_at").isNull()).isFalse();
	}

	@Test
	void createWhenNameBlankUsesTimestampName() {
		String id = seed(3);

		JsonNode attributes = create(id, "{}").json().get("attributes");

		assertThat(attributes.get("name").asString()).matches("Backup at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
	}

	@Test
	void createWhenLimitReachedAnswers400() {
		String id = seed(1);
		create(id, "{}");

		SimulatorClient.Response response = create(id, "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"TooManyBackupsException\",\"status\":\"400\","
				+ "\"detail\":\"Cannot create a new backup, this server has reached its limit of 1 backups.\"}]}");
	}

	@Test
	void createWhenLimitZeroAnswers400() {
		String id = seed(0);

		SimulatorClient.Response response = create(id, "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/detail").asString())
			.isEqualTo("Cannot create a new backup, this server has reached its limit of 0 backups.");
	}

	@Test
	void createWhenThrottledAnswers429WithRetryAfterAndCountsDeletedBackups() {
		this.simulator.close();
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main")
			.withBackupDuration(Duration.ofMillis(100))
			.withBackupThrottle(2, Duration.ofSeconds(600)));
		this.client = SimulatorClient.of(this.simulator, this.simulator.clientKeyFor("player1@example.com"));
		String id = seed(5);
		String first = createCompleted(id, "{}");
		assertThat(this.client.delete("/api/client/servers/" + id + "/backups/" + first).status()).isEqualTo(204);
		assertThat(create(id, "{}").status()).isEqualTo(200);

		SimulatorClient.Response response = create(id, "{}");

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"TooManyRequestsHttpException\","
				+ "\"status\":\"429\",\"detail\":\"Only 2 backups may be generated within a 600 second span of time.\"}]}");
		assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(590L, 600L);
		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("720");
	}

	@Test
	void listWhenBackupsExistIsPaginatedWithBackupCount() {
		String id = seed(5);
		createCompleted(id, "{\"name\":\"one\"}");
		create(id, "{\"name\":\"two\"}");

		JsonNode list = this.client.get("/api/client/servers/" + id + "/backups").json();

		assertThat(list.get("object").asString()).isEqualTo("list");
		assertThat(list.get("data")).hasSize(2);
		assertThat(list.at("/meta").propertyNames()).containsExactly("pagination", "backup_count");
		assertThat(list.at("/meta/backup_count").asInt()).isEqualTo(2);
		assertThat(list.at("/meta/pagination/per_page").asInt()).isEqualTo(20);
		assertThat(list.at("/meta/pagination/links").toString()).isEqualTo("{}");
	}

	@Test
	void lockWhenToggledProtectsFromDelete() {
		String id = seed(3);
		String uuid = createCompleted(id, "{}");
		String path = "/api/client/servers/" + id + "/backups/" + uuid;

		assertThat(this.client.post(path + "/lock", null).json().at("/attributes/is_locked").asBoolean()).isTrue();
		SimulatorClient.Response locked = this.client.delete(path);
		assertThat(this.client.post(path + "/lock", null).json().at("/attributes/is_locked").asBoolean()).isFalse();
		SimulatorClient.Response deleted = this.client.delete(path);

		assertThat(locked.status()).isEqualTo(400);
		assertThat(locked.body()).isEqualTo("{\"errors\":[{\"code\":\"BackupLockedException\",\"status\":\"400\","
				+ "\"detail\":\"Cannot delete a backup that is marked as locked.\"}]}");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.client.get(path).status()).isEqualTo(404);
		assertThat(this.simulator.state().backups(id)).singleElement().satisfies((backup) -> {
			assertThat(backup.deleted()).isTrue();
			assertThat(backup.uuid()).isEqualTo(uuid);
		});
	}

	@Test
	void restoreWhenCompletedAnswers204AndRestoresThenFinishes() {
		String id = seed(3);
		String uuid = createCompleted(id, "{}");

		SimulatorClient.Response response = this.client
			.post("/api/client/servers/" + id + "/backups/" + uuid + "/restore", "{\"truncate\":true}");

		assertThat(response.status()).isEqualTo(204);
		assertThat(this.simulator.state().server(id).status()).isEqualTo("restoring_backup");
		assertThat(this.client.get("/api/client/servers/" + id + "/resources").json().at("/errors/0/detail").asString())
			.isEqualTo("This server is currently restoring from a backup, please try again later.");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.simulator.state().server(id).status() == null);
	}

	@Test
	void restoreWhenBackupInProgressOrTruncateMissingIsRejected() {
		String id = seed(3);
		String uuid = create(id, "{}").json().at("/attributes/uuid").asString();
		String path = "/api/client/servers/" + id + "/backups/" + uuid + "/restore";

		SimulatorClient.Response inProgress = this.client.post(path, "{\"truncate\":false}");
		SimulatorClient.Response missing = this.client.post(path, "{}");

		assertThat(inProgress.status()).isEqualTo(400);
		assertThat(inProgress.body()).isEqualTo("{\"errors\":[{\"code\":\"BadRequestHttpException\",\"status\":\"400\","
				+ "\"detail\":\"This backup cannot be restored at this time: not completed or failed.\"}]}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().at("/errors/0/meta/source_field").asString()).isEqualTo("truncate");
	}

	@Test
	void downloadWhenRequestedReturnsSignedUrl() {
		String id = seed(3);
		String uuid = createCompleted(id, "{}");

		JsonNode response = this.client.get("/api/client/servers/" + id + "/backups/" + uuid + "/download").json();

		assertThat(response.get("object").asString()).isEqualTo("signed_url");
		assertThat(response.at("/attributes/url").asString())
			.startsWith(this.simulator.url() + "/download/backup?token=");
	}

}
