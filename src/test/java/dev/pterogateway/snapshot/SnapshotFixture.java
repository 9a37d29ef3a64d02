package dev.pterogateway.snapshot;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.pterogateway.audit.AuditEntry;
import dev.pterogateway.audit.AuditFilter;
import dev.pterogateway.audit.AuditQuery;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.simulator.FeatureLimits;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedBackup;
import dev.pterogateway.simulator.SimulatedServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeds a panel server owned by a fresh gateway user and calls the snapshot endpoints
 * over HTTP. Waits poll the simulator, not the gateway, so that they do not spend the
 * panel's rate limit that every test shares.
 */
final class SnapshotFixture {

	private final ApiClient api;

	private final TestAccounts accounts;

	private final DemoPanels panels;

	private final AuditQuery audit;

	SnapshotFixture(ApplicationContext context, int port) {
		this.api = new ApiClient(port);
		this.accounts = new TestAccounts(context, this.api);
		this.panels = context.getBean(DemoPanels.class);
		this.audit = context.getBean(AuditQuery.class);
	}

	ApiClient api() {
		return this.api;
	}

	TestAccounts accounts() {
		return this.accounts;
	}

	PanelSimulator simulator(String panel) {
		return this.panels.simulator(panel);
	}

	/**
	 * A server on the panel with the given backup limit, owned by a new logged-in user.
	 */
	OwnedServer ownedServer(String panel, int backupLimit) {
		return ownedServer(panel, backupLimit, null);
	}

	/**
	 * Like {@link #ownedServer(String, int)}, with a panel status such as
	 * {@code suspended}.
	 */
	OwnedServer ownedServer(String panel, int backupLimit, @Nullable String status) {
		String email = TestAccounts.uniqueEmail("snap");
		SimulatedServer server = simulator(panel).state()
			.seedServer(ServerSeed.of("snap-" + UUID.randomUUID().toString().substring(0, 8), email)
				.withFeatureLimits(new FeatureLimits(1, 2, backupLimit))
				.withStatus(status));
		TestAccounts.TestUser owner = this.accounts.loggedIn(Role.USER, email);
		return new OwnedServer(panel, server.identifier(), owner);
	}

	ApiClient.Reply create(OwnedServer server, String snapname, @Nullable String description) {
		Map<String, Object> body = new HashMap<>();
		body.put("snapname", snapname);
		if (description != null) {
			body.put("description", description);
		}
		return this.api.post(server.path(), server.token(), body);
	}

	/** Creates a snapshot and waits until the panel has completed it. */
	String createCompleted(OwnedServer server, String snapname) {
		ApiClient.Reply created = create(server, snapname, null);
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		String uuid = created.text("taskId");
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> backup(server, uuid).completedAt() != null);
		return uuid;
	}

	ApiClient.Reply list(OwnedServer server) {
		return this.api.get(server.path(), server.token());
	}

	ApiClient.Reply rollback(OwnedServer server, String snapname) {
		return this.api.post(server.path() + "/rollback", server.token(), Map.of("snapname", snapname));
	}

	ApiClient.Reply delete(OwnedServer server, String snapname) {
		return this.api.send("DELETE", server.path(), server.token(), Map.of("snapname", snapname));
	}

	List<SimulatedBackup> backups(OwnedServer server) {
		return simulator(server.panel()).state().backups(server.identifier());
	}

	SimulatedBackup backup(OwnedServer server, String uuid) {
		return backups(server).stream().filter((backup) -> backup.uuid().equals(uuid)).findFirst().orElseThrow();
	}

	/**
	 * Waits for the audit event of an action by the server's owner (written
	 * asynchronously).
	 */
	AuditEntry awaitAudit(String actor, String action) {
		return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			List<AuditEntry> entries = this.audit.search(new AuditFilter(actor, action, null), 0, 10).getContent();
			return entries.isEmpty() ? null : entries.get(0);
		}, (entry) -> entry != null);
	}

	static JsonNode snapshotNamed(ApiClient.Reply list, String name) {
		for (JsonNode snapshot : list.json().path("data")) {
			if (snapshot.path("name").asString().equals(name)) {
				return snapshot;
			}
		}
		throw new AssertionError("No snapshot '" + name + "' in " + list.body());
	}

	/**
	 * A seeded server and its owner.
	 *
	 * @param panel the panel it lives on
	 * @param identifier its identifier
	 * @param owner its owner, logged in
	 */
	record OwnedServer(String panel, String identifier, TestAccounts.TestUser owner) {

		String path() {
			return "/api/server/" + this.identifier + "/snapshots";
		}

		String token() {
			return this.owner.accessToken();
		}

	}

}
