package dev.pterogateway.panel;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Servers through the application API against the simulator over real HTTP.
 */
class ApplicationServerApiTests {

	private SimulatedPanel panel = SimulatedPanel.start("main");

	@AfterEach
	void stopPanel() {
		this.panel.close();
	}

	@Test
	void listWhenMoreThanOnePageReturnsAllWithOwners() {
		this.panel.close();
		this.panel = SimulatedPanel.start(SimulatorSettings.defaults("main").withServers(130));
		List<ApplicationServer> servers = servers().list();
		assertThat(servers).hasSize(130);
		assertThat(servers).extracting(ApplicationServer::id).isSorted().doesNotHaveDuplicates();
		assertThat(servers).allSatisfy((server) -> assertThat(server.user()).isPositive());
		assertThat(servers().listAsync().block(Duration.ofSeconds(5))).hasSize(130);
	}

	@Test
	void findByIdentifierWhenServerExistsReturnsItWithClientIds() {
		SimulatedServer seeded = seed("Lookup");
		ApplicationServer server = servers().findByIdentifier(seeded.identifier()).orElseThrow();
		assertThat(server.id()).isEqualTo(seeded.id());
		assertThat(server.uuid()).isEqualTo(seeded.uuid());
		assertThat(server.user()).isEqualTo(seeded.ownerId());
		assertThat(servers().get(seeded.id()).identifier()).isEqualTo(seeded.identifier());
		assertThat(servers().findByIdentifier("zzzz9999")).isEmpty();
		assertThat(servers().findByExternalId("nope")).isEmpty();
	}

	@Test
	void createWhenAllocationIsFreeInstallsServer() {
		ApplicationServer created = servers().create(createRequest("Created", "order-1"));
		assertThat(created.status()).isEqualTo("installing");
		assertThat(created.externalId()).isEqualTo("order-1");
		assertThat(created.container().environment()).containsEntry("SERVER_JARFILE", "server.jar");
		await().atMost(Duration.ofSeconds(5)).until(() -> servers().get(created.id()).status() == null);
		assertThat(servers().findByExternalId("order-1")).get()
			.extracting(ApplicationServer::id)
			.isEqualTo(created.id());
		assertThat(this.panel.panel().client().server(created.identifier()).name()).isEqualTo("Created");
	}

	@Test
	void createWhenLimitsAreInvalidThrowsValidationWithFields() {
		CreateServerRequest valid = createRequest("Invalid", null);
		CreateServerRequest invalid = new CreateServerRequest(valid.name(), valid.user(), valid.egg(),
				valid.dockerImage(), valid.startup(), valid.environment(),
				new Limits(1024, 0, 10240, 5, 100, null, true), valid.featureLimits(), valid.allocation(), null, null,
				null, null, false, false);
		assertThatExceptionOfType(PanelValidationException.class).isThrownBy(() -> servers().create(invalid))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(PanelFieldError::field).contains("limits.io"));
	}

	@Test
	void updateBuildWhenResizedRecordsNewLimits() {
		SimulatedServer seeded = seed("Resize");
		ApplicationServer server = servers().get(seeded.id());
		Limits bigger = new Limits(8192, 0, 40960, 500, 400, null, true);
		ApplicationServer resized = servers().updateBuild(server.id(),
				ServerBuildRequest.from(server).withLimits(bigger).withFeatureLimits(new FeatureLimits(2, 3, 10)));
		assertThat(resized.limits()).isEqualTo(bigger);
		assertThat(resized.featureLimits()).isEqualTo(new FeatureLimits(2, 3, 10));
		assertThat(this.panel.simulator().state().builds(seeded.identifier())).singleElement()
			.satisfies((build) -> assertThat(build.limits().memory()).isEqualTo(8192));
	}

	@Test
	void updateDetailsWhenRenamedKeepsDescriptionAndOwner() {
		SimulatedServer seeded = seed("Old name");
		ApplicationServer server = servers().get(seeded.id());
		ApplicationServer renamed = servers().updateDetails(server.id(),
				ServerDetailsRequest.from(server).withName("New name"));
		assertThat(renamed.name()).isEqualTo("New name");
		assertThat(renamed.description()).isEqualTo(server.description());
		assertThat(renamed.user()).isEqualTo(server.user());
	}

	@Test
	void updateStartupWhenVariableChangesKeepsTheOthers() {
		SimulatedServer seeded = seed("Startup");
		ApplicationServer server = servers().get(seeded.id());
		ApplicationServer updated = servers().updateStartup(server.id(),
				ServerStartupRequest.from(server, Map.of("SERVER_JARFILE", "paper.jar")));
		assertThat(updated.container().environment()).containsEntry("SERVER_JARFILE", "paper.jar")
			.containsEntry("BUILD_NUMBER", server.container().environment().get("BUILD_NUMBER"));
	}

	@Test
	void suspendWhenAppliedBlocksClientCallsUntilUnsuspended() {
		SimulatedServer seeded = seed("Suspend");
		servers().suspend(seeded.id());
		assertThat(servers().get(seeded.id()).suspended()).isTrue();
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> this.panel.panel().client().resources(seeded.identifier()));
		servers().unsuspend(seeded.id());
		assertThat(this.panel.panel().client().resources(seeded.identifier()).currentState()).isEqualTo("offline");
	}

	@Test
	void reinstallWhenAcceptedMarksInstalling() {
		SimulatedServer seeded = seed("Reinstall");
		servers().reinstall(seeded.id());
		assertThat(servers().get(seeded.id()).status()).isEqualTo("installing");
	}

	@Test
	void deleteWhenServerExistsRemovesIt() {
		SimulatedServer seeded = seed("Delete");
		servers().delete(seeded.id());
		assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> servers().get(seeded.id()));
		SimulatedServer forced = seed("Force");
		servers().forceDelete(forced.id());
		assertThatExceptionOfType(PanelNotFoundException.class)
			.isThrownBy(() -> this.panel.panel().client().server(forced.identifier()));
	}

	private CreateServerRequest createRequest(String name, String externalId) {
		ApplicationApi application = this.panel.panel().application();
		PanelUser owner = application.users().findByEmail("player1@example.com").orElseThrow();
		PanelNest minecraft = application.nests()
			.stream()
			.filter((nest) -> nest.name().equals("Minecraft"))
			.findFirst()
			.orElseThrow();
		PanelEgg paper = application.eggs(minecraft.id())
			.stream()
			.filter((egg) -> egg.name().equals("Paper"))
			.findFirst()
			.orElseThrow();
		PanelNode node = application.nodes().get(0);
		NodeAllocation free = application.freeAllocations(node.id()).get(0);
		assertThat(free.assigned()).isFalse();
		return new CreateServerRequest(name, owner.id(), paper.id(), paper.dockerImages().values().iterator().next(),
				paper.startup(), paper.defaultEnvironment(), new Limits(2048, 0, 10240, 500, 100, null, true),
				new FeatureLimits(1, 1, 2), new CreateServerRequest.Allocation(free.id(), List.of()), null, null,
				externalId, null, false, false);
	}

	private SimulatedServer seed(String name) {
		return this.panel.simulator().state().seedServer(ServerSeed.of(name, "player1@example.com"));
	}

	private ApplicationServerApi servers() {
		return this.panel.panel().application().servers();
	}

}
