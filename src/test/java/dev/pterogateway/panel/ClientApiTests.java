package dev.pterogateway.panel;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The client API against the simulator over real HTTP.
 */
class ClientApiTests {

	private SimulatedPanel panel = SimulatedPanel.start("main");

	@AfterEach
	void stopPanel() {
		this.panel.close();
	}

	@Test
	void serversWhenMoreThanOnePageFollowsPaginationToTheEnd() {
		this.panel.close();
		this.panel = SimulatedPanel.start(SimulatorSettings.defaults("main").withServers(230));
		List<ClientServer> servers = client().servers();
		assertThat(servers).hasSize(230);
		assertThat(servers).extracting(ClientServer::identifier).doesNotHaveDuplicates();
		Set<String> simulated = this.panel.simulator()
			.state()
			.servers()
			.stream()
			.map(SimulatedServer::identifier)
			.collect(Collectors.toSet());
		assertThat(servers).extracting(ClientServer::identifier).containsExactlyInAnyOrderElementsOf(simulated);
		assertThat(this.panel.simulator().requests()).extracting((request) -> request.pathAndQuery())
			.hasSize(3)
			.allSatisfy((path) -> assertThat(path).contains("type=admin-all", "per_page=100"));
	}

	@Test
	void serversWhenServersBelongToOtherUsersListsThemForRootAdmin() {
		SimulatedServer seeded = seed(ServerSeed.of("Someone else's", "player1@example.com"));
		assertThat(client().servers()).filteredOn((server) -> server.identifier().equals(seeded.identifier()))
			.singleElement()
			.satisfies((server) -> assertThat(server.serverOwner()).isFalse())
			.satisfies((server) -> assertThat(server.egg()).get()
				.extracting(ClientServer.EggSummary::name)
				.isEqualTo("Paper"));
	}

	@Test
	void serversAsyncWhenSubscribedListsTheSameServers() {
		assertThat(client().serversAsync().block(Duration.ofSeconds(5))).extracting(ClientServer::identifier)
			.containsExactlyElementsOf(client().servers().stream().map(ClientServer::identifier).toList());
	}

	@Test
	void serverWhenIdentifierExistsReturnsDetailsWithRelations() {
		SimulatedServer seeded = seed(ServerSeed.of("Survival", "player1@example.com"));
		ClientServer server = client().server(seeded.identifier());
		assertThat(server.uuid()).isEqualTo(seeded.uuid());
		assertThat(server.internalId()).isEqualTo(seeded.id());
		assertThat(server.name()).isEqualTo("Survival");
		assertThat(server.limits().memory()).isEqualTo(2048);
		assertThat(server.featureLimits().backups()).isEqualTo(3);
		assertThat(server.primaryAllocation()).isPresent();
		assertThat(server.variables()).extracting(StartupVariable::envVariable).contains("SERVER_JARFILE");
		assertThat(server.egg()).isPresent();
	}

	@Test
	void serverWhenIdentifierIsUnknownThrowsNotFound() {
		assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> client().server("zzzz9999"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("NotFoundHttpException"));
	}

	@Test
	void resourcesWhenServerIsRunningReportsBytes() {
		SimulatedServer seeded = seed(
				ServerSeed.of("Running", "player1@example.com").withPowerState(PowerState.RUNNING));
		ServerResources resources = client().resources(seeded.identifier());
		assertThat(resources.currentState()).isEqualTo("running");
		assertThat(resources.resources().memoryBytes()).isPositive();
		assertThat(client().resourcesAsync(seeded.identifier()).block(Duration.ofSeconds(5)).currentState())
			.isEqualTo("running");
	}

	@Test
	void resourcesWhenServerIsSuspendedThrowsConflict() {
		SimulatedServer seeded = seed(ServerSeed.of("Suspended", "player1@example.com").withStatus("suspended"));
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> client().resources(seeded.identifier()))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(409))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("ServerStateConflictException"))
			.satisfies((ex) -> assertThat(ex.detail()).contains("suspended"));
	}

	@Test
	void powerWhenStartIsSentServerRunsAndSignalIsRecorded() {
		SimulatedServer seeded = seed(ServerSeed.of("Offline", "player1@example.com"));
		client().power(seeded.identifier(), PowerSignal.START);
		assertThat(this.panel.simulator().state().powerSignals(seeded.identifier())).containsExactly("start");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> "running".equals(client().resources(seeded.identifier()).currentState()));
	}

	@Test
	void commandWhenServerIsOfflineThrowsConflictServerOffline() {
		SimulatedServer seeded = seed(ServerSeed.of("Offline", "player1@example.com"));
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> client().command(seeded.identifier(), "say hi"))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo(PanelConflictException.SERVER_OFFLINE))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(502));
		assertThat(this.panel.panel().health().isUp()).isTrue();
	}

	@Test
	void commandWhenServerIsRunningReachesConsole() {
		SimulatedServer seeded = seed(
				ServerSeed.of("Running", "player1@example.com").withPowerState(PowerState.RUNNING));
		client().command(seeded.identifier(), "say hello");
		assertThat(this.panel.simulator().state().commands(seeded.identifier())).containsExactly("say hello");
	}

	@Test
	void websocketWhenServerExistsReturnsTokenAndSocket() {
		SimulatedServer seeded = seed(ServerSeed.of("Socket", "player1@example.com"));
		WebsocketCredentials credentials = client().websocket(seeded.identifier());
		assertThat(credentials.token()).isNotBlank();
		assertThat(credentials.socket().toString()).startsWith("ws://")
			.endsWith("/api/servers/" + seeded.uuid() + "/ws");
	}

	@Test
	void renameWhenNameIsGivenChangesItAndKeepsDescription() {
		SimulatedServer seeded = seed(ServerSeed.of("Old", "player1@example.com"));
		client().rename(seeded.identifier(), "New name", null);
		assertThat(client().server(seeded.identifier()).name()).isEqualTo("New name");
	}

	@Test
	void renameWhenNameIsBlankThrowsValidationWithField() {
		SimulatedServer seeded = seed(ServerSeed.of("Old", "player1@example.com"));
		assertThatExceptionOfType(PanelValidationException.class)
			.isThrownBy(() -> client().rename(seeded.identifier(), "", null))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(PanelFieldError::field, PanelFieldError::rule)
				.containsExactly(tuple("name", "required")));
	}

	@Test
	void reinstallWhenAcceptedMarksServerInstalling() {
		SimulatedServer seeded = seed(ServerSeed.of("Reinstall", "player1@example.com"));
		client().reinstall(seeded.identifier());
		assertThat(client().server(seeded.identifier()).installing()).isTrue();
	}

	@Test
	void startupWhenReadListsViewableVariablesAndCommand() {
		SimulatedServer seeded = seed(ServerSeed.of("Startup", "player1@example.com"));
		ServerStartup startup = client().startup(seeded.identifier());
		assertThat(startup.variables()).extracting(StartupVariable::envVariable)
			.contains("SERVER_JARFILE", "BUILD_NUMBER")
			.doesNotContain("DL_PATH");
		assertThat(startup.rawStartupCommand()).contains("{{SERVER_JARFILE}}");
		assertThat(startup.dockerImages()).containsKey("Java 17");
	}

	@Test
	void updateVariableWhenValueBreaksRuleThrowsValidation() {
		SimulatedServer seeded = seed(ServerSeed.of("Startup", "player1@example.com"));
		assertThat(client().updateVariable(seeded.identifier(), "SERVER_JARFILE", "paper.jar").serverValue())
			.isEqualTo("paper.jar");
		assertThatExceptionOfType(PanelValidationException.class)
			.isThrownBy(() -> client().updateVariable(seeded.identifier(), "SERVER_JARFILE", "paper.zip"))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).singleElement()
				.extracting(PanelFieldError::rule)
				.isEqualTo("regex"));
	}

	@Test
	void allocationsWhenServerHasOneListsPrimary() {
		SimulatedServer seeded = seed(ServerSeed.of("Network", "player1@example.com"));
		List<ClientAllocation> allocations = client().allocations(seeded.identifier());
		assertThat(allocations).filteredOn(ClientAllocation::primary).hasSize(1);
	}

	private SimulatedServer seed(ServerSeed seed) {
		return this.panel.simulator().state().seedServer(seed);
	}

	private ClientApi client() {
		return this.panel.panel().client();
	}

}
