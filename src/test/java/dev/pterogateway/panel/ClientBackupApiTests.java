package dev.pterogateway.panel;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.FeatureLimits;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Backups through the client API against the simulator over real HTTP.
 */
class ClientBackupApiTests {

	private SimulatedPanel panel = SimulatedPanel.start("main");

	@AfterEach
	void stopPanel() {
		this.panel.close();
	}

	@Test
	void createWhenAcceptedIsInProgressThenCompletes() {
		String server = seedServer(3);
		Backup created = backups().create(server, new BackupRequest("Nightly", List.of("logs/*", "*.tmp"), false));
		assertThat(created.inProgress()).isTrue();
		assertThat(created.name()).isEqualTo("Nightly");
		assertThat(created.ignoredFiles()).containsExactly("logs/*", "*.tmp");
		Backup done = await().atMost(Duration.ofSeconds(5))
			.until(() -> backups().get(server, created.uuid()), (backup) -> !backup.inProgress());
		assertThat(done.successful()).isTrue();
		assertThat(done.bytes()).isPositive();
		assertThat(done.checksum()).isNotNull();
		assertThat(this.panel.simulator().state().backups(server)).singleElement()
			.satisfies((backup) -> assertThat(backup.uuid()).isEqualTo(created.uuid()));
	}

	@Test
	void listWhenMoreThanOnePageReturnsAll() {
		this.panel.close();
		this.panel = SimulatedPanel
			.start(SimulatorSettings.defaults("main").withBackupThrottle(0, Duration.ofSeconds(600)));
		String server = seedServer(60);
		for (int index = 0; index < 55; index++) {
			backups().create(server, BackupRequest.named("Backup " + index));
		}
		List<Backup> listed = backups().list(server);
		assertThat(listed).hasSize(55);
		assertThat(listed).extracting(Backup::uuid).doesNotHaveDuplicates();
		assertThat(this.panel.simulator().requests()).filteredOn((request) -> request.method().equals("GET"))
			.hasSize(2);
	}

	@Test
	void createWhenLimitIsReachedThrowsConflictWithPanelCode() {
		String server = seedServer(0);
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> backups().create(server, BackupRequest.named("No room")))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("TooManyBackupsException"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void createWhenThrottledThrowsRateLimitedButOtherCallsGoOn() {
		String server = seedServer(5);
		backups().create(server, BackupRequest.named("One"));
		backups().create(server, BackupRequest.named("Two"));
		assertThatExceptionOfType(PanelRateLimitedException.class)
			.isThrownBy(() -> backups().create(server, BackupRequest.named("Three")))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isPositive())
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("TooManyRequestsHttpException"));
		// The backup throttle is per server, not the panel's rate limit: nothing fails
		// fast.
		assertThat(backups().list(server)).hasSize(2);
	}

	@Test
	void deleteWhenLockedThrowsConflictAndWhenUnlockedDeletes() {
		String server = seedServer(3);
		Backup backup = completedBackup(server, true);
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> backups().delete(server, backup.uuid()))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("BackupLockedException"));
		assertThat(backups().toggleLock(server, backup.uuid()).locked()).isFalse();
		backups().delete(server, backup.uuid());
		assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> backups().get(server, backup.uuid()));
	}

	@Test
	void restoreWhenBackupIsInProgressThrowsConflict() {
		String server = seedServer(3);
		Backup running = backups().create(server, BackupRequest.named("Running"));
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> backups().restore(server, running.uuid(), false))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void restoreWhenBackupIsCompletedRestoresServer() {
		String server = seedServer(3);
		Backup backup = completedBackup(server, false);
		backups().restore(server, backup.uuid(), true);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.panel.panel().client().server(server).status() == null);
	}

	@Test
	void downloadUrlWhenBackupExistsReturnsSignedLink() {
		String server = seedServer(3);
		Backup backup = completedBackup(server, false);
		assertThat(backups().downloadUrl(server, backup.uuid()).toString()).contains("/download/backup?token=");
	}

	private Backup completedBackup(String server, boolean locked) {
		Backup created = backups().create(server, new BackupRequest("Kept", List.of(), locked));
		return await().atMost(Duration.ofSeconds(5))
			.until(() -> backups().get(server, created.uuid()), (backup) -> !backup.inProgress());
	}

	private String seedServer(int backupLimit) {
		SimulatedServer server = this.panel.simulator()
			.state()
			.seedServer(ServerSeed.of("Backed up", "player1@example.com")
				.withFeatureLimits(new FeatureLimits(1, 2, backupLimit)));
		return server.identifier();
	}

	private ClientBackupApi backups() {
		return this.panel.panel().backups();
	}

}
