package dev.pterogateway.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.audit.AuditEntry;
import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.snapshot.SnapshotFixture.OwnedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Taking and listing snapshots over HTTP against the simulated panels: each snapshot is a
 * backup on the server's panel, its description is kept by the gateway, and the panel's
 * refusals (limit, throttle) come back as their own problems.
 */
@GatewayIntegrationTest
class SnapshotIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private SnapshotFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new SnapshotFixture(this.context, this.port);
	}

	@Test
	void createWhenNameIsFreeStartsBackupThatListsInProgressThenCompleted() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		long before = Instant.now().getEpochSecond();

		ApiClient.Reply created = this.fixture.create(server, "before-update", "Before the 1.21 update");

		assertThat(created.status()).as(created.body()).isEqualTo(200);
		assertThat(created.text("status")).isEqualTo("success");
		assertThat(created.text("snapname")).isEqualTo("before-update");
		String uuid = created.text("taskId");
		assertThat(this.fixture.backups(server)).singleElement().satisfies((backup) -> {
			assertThat(backup.uuid()).isEqualTo(uuid);
			assertThat(backup.name()).isEqualTo("before-update");
		});
		JsonNode inProgress = SnapshotFixture.snapshotNamed(this.fixture.list(server), "before-update");
		assertThat(inProgress.path("uuid").asString()).isEqualTo(uuid);
		assertThat(inProgress.path("description").asString()).isEqualTo("Before the 1.21 update");
		assertThat(inProgress.path("snaptime").asLong()).isBetween(before, Instant.now().getEpochSecond());
		assertThat(inProgress.path("completed").asBoolean()).isFalse();
		assertThat(inProgress.path("successful").asBoolean()).isFalse();
		assertThat(inProgress.path("size").asLong()).isZero();

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			JsonNode done = SnapshotFixture.snapshotNamed(this.fixture.list(server), "before-update");
			assertThat(done.path("completed").asBoolean()).isTrue();
			assertThat(done.path("successful").asBoolean()).isTrue();
			assertThat(done.path("size").asLong()).isPositive();
			assertThat(done.path("locked").asBoolean()).isFalse();
			assertThat(done.path("description").asString()).isEqualTo("Before the 1.21 update");
		});
	}

	@Test
	void createWhenSucceededRecordsAuditEvent() {
		OwnedServer server = this.fixture.ownedServer("main", 3);

		this.fixture.create(server, "audited", null);

		AuditEntry entry = this.fixture.awaitAudit(server.owner().email(), "snapshot.create");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		assertThat(entry.authMethod()).isEqualTo("jwt");
		assertThat(entry.panel()).isEqualTo("main");
		assertThat(entry.identifier()).isEqualTo(server.identifier());
		assertThat(entry.target()).isEqualTo("audited");
		assertThat(entry.clientAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void listWhenSnapshotHasNoDescriptionShowsNull() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		this.fixture.create(server, "plain", null);

		ApiClient.Reply list = this.fixture.list(server);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text("status")).isEqualTo("success");
		assertThat(SnapshotFixture.snapshotNamed(list, "plain").path("description").isNull()).isTrue();
	}

	@Test
	void listWhenServerHasNoBackupsAnswersEmptyData() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);

		ApiClient.Reply list = this.fixture.list(server);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().path("data").isArray()).isTrue();
		assertThat(list.json().path("data")).isEmpty();
	}

	@Test
	void listWhenAddressedAsPanelAndIdentifierFindsTheServer() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		this.fixture.create(server, "qualified", null);

		ApiClient.Reply list = this.fixture.api()
			.get("/api/server/oci:" + server.identifier() + "/snapshots", server.token());

		assertThat(list.status()).isEqualTo(200);
		assertThat(SnapshotFixture.snapshotNamed(list, "qualified").path("uuid").asString()).isNotBlank();
	}

	@Test
	void createWhenNameIsTakenAnswersConflict() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		assertThat(this.fixture.create(server, "nightly", null).status()).isEqualTo(200);

		ApiClient.Reply again = this.fixture.create(server, "nightly", "second try");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("snapshot_exists");
		assertThat(again.text("error")).contains("nightly");
		assertThat(this.fixture.backups(server)).hasSize(1);
	}

	@Test
	void createWhenBackupLimitIsReachedAnswersConflict() {
		OwnedServer server = this.fixture.ownedServer("oci", 1);
		assertThat(this.fixture.create(server, "first", null).status()).isEqualTo(200);

		ApiClient.Reply second = this.fixture.create(server, "second", null);

		assertThat(second.status()).as(second.body()).isEqualTo(409);
		assertThat(second.header("Content-Type")).startsWith("application/problem+json");
		assertThat(second.text("code")).isEqualTo("backup_limit_reached");
		assertThat(second.text("error")).contains("limit of 1 backups");
		assertThat(this.fixture.backups(server)).hasSize(1);
		AuditEntry entry = this.fixture.awaitAudit(server.owner().email(), "snapshot.create");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILURE);
		assertThat(entry.detail()).contains("TooManyBackupsException");
	}

	@Test
	void createWhenPanelThrottlesAnswersTooManyRequestsWithRetryAfter() {
		OwnedServer server = this.fixture.ownedServer("oci", 5);
		assertThat(this.fixture.create(server, "one", null).status()).isEqualTo(200);
		assertThat(this.fixture.create(server, "two", null).status()).isEqualTo(200);

		ApiClient.Reply third = this.fixture.create(server, "three", null);

		assertThat(third.status()).as(third.body()).isEqualTo(429);
		assertThat(third.text("code")).isEqualTo("backup_throttled");
		assertThat(third.header("Retry-After")).isNotNull();
		assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 600L);
		assertThat(this.fixture.backups(server)).hasSize(2);
		assertThat(this.fixture.list(server).status()).as("one server's throttle blocks no other call").isEqualTo(200);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			suspended,  server_suspended,  suspended
			installing, server_installing, installing
			""")
	void createOrListWhenServerCannotActAnswersConflictNamingTheCause(String status, String code, String word) {
		OwnedServer server = this.fixture.ownedServer("oci", 3, status);

		ApiClient.Reply created = this.fixture.create(server, "frozen", null);
		ApiClient.Reply listed = this.fixture.list(server);

		assertThat(created.status()).as(created.body()).isEqualTo(409);
		assertThat(created.text("code")).isEqualTo(code);
		assertThat(created.text("error")).contains(word);
		assertThat(listed.status()).as(listed.body()).isEqualTo(409);
		assertThat(listed.text("code")).isEqualTo(code);
		assertThat(this.fixture.backups(server)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "a/b", "semi;colon", "ünicode",
			"x12345678901234567890123456789012345678901234567890123456789012345" })
	void createWhenSnapnameIsInvalidAnswersBadRequest(String snapname) {
		OwnedServer server = this.fixture.ownedServer("oci", 3);

		ApiClient.Reply reply = this.fixture.create(server, snapname, null);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().at("/fields/0/field").asString()).isEqualTo("snapname");
		assertThat(this.fixture.backups(server)).isEmpty();
	}

	@Test
	void createWhenSnapnameOrDescriptionIsMissingOrTooLongAnswersBadRequest() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);

		ApiClient.Reply missing = this.fixture.api().post(server.path(), server.token(), Map.of("description", "x"));
		ApiClient.Reply tooLong = this.fixture.create(server, "fine", "d".repeat(501));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().at("/fields/0/field").asString()).isEqualTo("snapname");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().at("/fields/0/field").asString()).isEqualTo("description");
		assertThat(this.fixture.backups(server)).isEmpty();
	}

	@Test
	void listWhenPanelIsDownAnswersBadGateway() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		this.fixture.simulator("oci")
			.faults()
			.failNext(1, 503, "/api/client/servers/" + server.identifier() + "/backups");
		try {
			ApiClient.Reply reply = this.fixture.list(server);

			assertThat(reply.status()).isEqualTo(502);
			assertThat(reply.text("code")).isEqualTo("panel_unavailable");
		}
		finally {
			this.fixture.simulator("oci").faults().clear();
		}
	}

}
