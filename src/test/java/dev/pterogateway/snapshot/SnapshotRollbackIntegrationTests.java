package dev.pterogateway.snapshot;

import java.time.Duration;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.audit.AuditEntry;
import dev.pterogateway.audit.AuditOutcome;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.snapshot.SnapshotFixture.OwnedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rolling back to and deleting snapshots over HTTP against the simulated panels, and the
 * ownership rule on every snapshot endpoint.
 */
@GatewayIntegrationTest
class SnapshotRollbackIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PanelRegistry panels;

	private SnapshotFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new SnapshotFixture(this.context, this.port);
	}

	@Test
	void rollbackWhenSnapshotCompletedRestoresServerFromIt() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		String uuid = this.fixture.createCompleted(server, "stable");

		ApiClient.Reply reply = this.fixture.rollback(server, "stable");

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(reply.text("taskId")).isEqualTo(uuid);
		assertThat(serverStatus(server)).isEqualTo("restoring_backup");
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(serverStatus(server)).isNull());
		AuditEntry entry = this.fixture.awaitAudit(server.owner().email(), "snapshot.rollback");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		assertThat(entry.target()).isEqualTo("stable");
	}

	@Test
	void rollbackWhenServerIsRestoringAnswersConflict() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		this.fixture.createCompleted(server, "stable");
		assertThat(this.fixture.rollback(server, "stable").status()).isEqualTo(200);

		ApiClient.Reply again = this.fixture.rollback(server, "stable");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("server_restoring_backup");
	}

	@Test
	void rollbackWhenSnapshotIsInProgressAnswersNotReady() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		assertThat(this.fixture.create(server, "fresh", null).status()).isEqualTo(200);

		ApiClient.Reply reply = this.fixture.rollback(server, "fresh");

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("snapshot_not_ready");
		assertThat(reply.text("error")).contains("fresh");
		assertThat(serverStatus(server)).isNull();
	}

	@Test
	void rollbackWhenNameIsUnknownAnswersNotFound() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);

		ApiClient.Reply reply = this.fixture.rollback(server, "never-taken");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("snapshot_not_found");
		assertThat(this.fixture.awaitAudit(server.owner().email(), "snapshot.rollback").detail())
			.isEqualTo("snapshot_not_found");
	}

	@Test
	void deleteWhenNamedInBodyRemovesBackupAndListEntry() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		String uuid = this.fixture.createCompleted(server, "old");

		ApiClient.Reply reply = this.fixture.delete(server, "old");

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(this.fixture.backup(server, uuid).deleted()).isTrue();
		assertThat(this.fixture.list(server).json().path("data")).isEmpty();
		assertThat(this.fixture.awaitAudit(server.owner().email(), "snapshot.delete").outcome())
			.isEqualTo(AuditOutcome.SUCCESS);
	}

	@Test
	void deleteWhenNamedInQueryRemovesBackup() {
		OwnedServer server = this.fixture.ownedServer("main", 3);
		String uuid = this.fixture.createCompleted(server, "by-query");

		ApiClient.Reply reply = this.fixture.api().delete(server.path() + "?snapname=by-query", server.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(this.fixture.backup(server, uuid).deleted()).isTrue();
	}

	@Test
	void deleteWhenNameIsMissingOrUnknownAnswersClientError() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);

		ApiClient.Reply missing = this.fixture.api().delete(server.path(), server.token());
		ApiClient.Reply blank = this.fixture.api().send("DELETE", server.path(), server.token(), Map.of());
		ApiClient.Reply unknown = this.fixture.delete(server, "ghost");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.text("code")).isEqualTo("validation_failed");
		assertThat(missing.json().at("/fields/0/field").asString()).isEqualTo("snapname");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text("code")).isEqualTo("validation_failed");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text("code")).isEqualTo("snapshot_not_found");
	}

	@Test
	void deleteWhenSnapshotIsLockedAnswersConflictAndKeepsIt() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		String uuid = this.fixture.createCompleted(server, "keep-me");
		assertThat(this.panels.panel("oci").backups().toggleLock(server.identifier(), uuid).locked()).isTrue();

		ApiClient.Reply reply = this.fixture.delete(server, "keep-me");

		assertThat(reply.status()).as(reply.body()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("backup_locked");
		assertThat(this.fixture.backup(server, uuid).deleted()).isFalse();
		assertThat(SnapshotFixture.snapshotNamed(this.fixture.list(server), "keep-me").path("locked").asBoolean())
			.isTrue();
		AuditEntry entry = this.fixture.awaitAudit(server.owner().email(), "snapshot.delete");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILURE);
		assertThat(entry.detail()).contains("BackupLockedException");
	}

	@Test
	void callWhenServerBelongsToSomeoneElseAnswersNotFoundAndChangesNothing() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		String uuid = this.fixture.createCompleted(server, "mine");
		OwnedServer intruder = this.fixture.ownedServer("oci", 3);
		String path = server.path();
		String token = intruder.token();

		ApiClient.Reply list = this.fixture.api().get(path, token);
		ApiClient.Reply create = this.fixture.api().post(path, token, Map.of("snapname", "theirs"));
		ApiClient.Reply rollback = this.fixture.api().post(path + "/rollback", token, Map.of("snapname", "mine"));
		ApiClient.Reply delete = this.fixture.api().send("DELETE", path, token, Map.of("snapname", "mine"));

		assertThat(new ApiClient.Reply[] { list, create, rollback, delete }).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.text("code")).isEqualTo("server_not_found");
		});
		assertThat(this.fixture.backups(server)).singleElement().satisfies((backup) -> {
			assertThat(backup.uuid()).isEqualTo(uuid);
			assertThat(backup.deleted()).isFalse();
		});
		assertThat(serverStatus(server)).isNull();
		assertThat(this.fixture.awaitAudit(intruder.owner().email(), "snapshot.delete").outcome())
			.isEqualTo(AuditOutcome.DENIED);
	}

	@Test
	void callWhenCallerIsAdminReachesAnyServer() {
		OwnedServer server = this.fixture.ownedServer("oci", 3);
		this.fixture.create(server, "owned", null);
		String admin = this.fixture.accounts().admin().accessToken();

		ApiClient.Reply list = this.fixture.api().get(server.path(), admin);

		assertThat(list.status()).isEqualTo(200);
		assertThat(SnapshotFixture.snapshotNamed(list, "owned").path("uuid").asString()).isNotBlank();
	}

	private String serverStatus(OwnedServer server) {
		SimulatedServer current = this.fixture.simulator(server.panel()).state().server(server.identifier());
		return current.status();
	}

}
