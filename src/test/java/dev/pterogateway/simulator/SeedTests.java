package dev.pterogateway.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeedTests {

	private static List<SimulatedServer> fleet(SimulatorSettings settings) {
		try (PanelSimulator simulator = PanelSimulator.start(settings)) {
			return simulator.state().servers();
		}
	}

	@Test
	void fleetWhenSameSeedIsIdentical() {
		List<SimulatedServer> first = fleet(SimulatorSettings.defaults("main").withSeed(42));
		List<SimulatedServer> second = fleet(SimulatorSettings.defaults("main").withSeed(42));

		assertThat(first).isEqualTo(second);
	}

	@Test
	void fleetWhenOtherSeedDiffers() {
		List<SimulatedServer> first = fleet(SimulatorSettings.defaults("main").withSeed(1));
		List<SimulatedServer> second = fleet(SimulatorSettings.defaults("main").withSeed(2));

		assertThat(first).extracting(SimulatedServer::uuid)
			.doesNotContainAnyElementsOf(second.stream().map(SimulatedServer::uuid).toList());
	}

	@Test
	void fleetWhenDefaultHasMixedStatesAndIdentifiersFromUuids() {
		List<SimulatedServer> servers = fleet(SimulatorSettings.defaults("main"));

		assertThat(servers).hasSize(6);
		assertThat(servers).allSatisfy((server) -> {
			assertThat(server.identifier()).matches("[0-9a-f]{8}");
			assertThat(server.uuid()).startsWith(server.identifier() + "-");
		});
		assertThat(servers).filteredOn(SimulatedServer::suspended).hasSize(1);
		assertThat(servers).filteredOn((server) -> "installing".equals(server.status())).hasSize(1);
		assertThat(servers).filteredOn((server) -> server.powerState() == PowerState.RUNNING).hasSizeGreaterThan(1);
		assertThat(servers).extracting(SimulatedServer::ownerEmail)
			.contains("admin@example.com")
			.anyMatch((email) -> email.startsWith("player"));
		assertThat(servers).extracting(SimulatedServer::name).doesNotHaveDuplicates();
	}

	@Test
	void usersWhenTwoPanelsHaveTheSameEmails() {
		try (PanelSimulator main = PanelSimulator.start(SimulatorSettings.defaults("main").withSeed(1).withUsers(2));
				PanelSimulator oci = PanelSimulator.start(SimulatorSettings.defaults("oci").withSeed(2).withUsers(2))) {
			List<String> expected = List.of("admin@example.com", "player1@example.com", "player2@example.com");

			assertThat(main.state().users()).extracting(SimulatedUser::email).containsExactlyElementsOf(expected);
			assertThat(oci.state().users()).extracting(SimulatedUser::email).containsExactlyElementsOf(expected);
			assertThat(main.state().users()).extracting(SimulatedUser::id).containsExactly(1, 2, 3);
			assertThat(main.state().users().get(0).rootAdmin()).isTrue();
			assertThat(main.state().users().get(1).username()).isEqualTo("player1");
			assertThat(main.clientKey()).isNotEqualTo(oci.clientKey());
		}
	}

	@Test
	void seedServerWhenIdentifierChosenIsServedOverHttp() {
		try (PanelSimulator simulator = PanelSimulator.start(SimulatorSettings.defaults("main"))) {
			SimulatedServer seeded = simulator.state()
				.seedServer(ServerSeed.of("Chosen", "newcomer@example.com")
					.withIdentifier("1a7ce997")
					.withLimits(ServerLimits.of(4096, 20480, 200))
					.withPowerState(PowerState.RUNNING));

			SimulatorClient.Response response = SimulatorClient
				.of(simulator, simulator.clientKeyFor("newcomer@example.com"))
				.get("/api/client/servers/1a7ce997");

			assertThat(seeded.uuid()).startsWith("1a7ce997-");
			assertThat(seeded.ownerEmail()).isEqualTo("newcomer@example.com");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().at("/attributes/limits/memory").asInt()).isEqualTo(4096);
			assertThatIllegalArgumentException().isThrownBy(() -> simulator.state()
				.seedServer(ServerSeed.of("Twin", "x@example.com").withIdentifier("1a7ce997")));
		}
	}

	@Test
	void seedUserWhenNewIsListedAndDuplicateRejected() {
		try (PanelSimulator simulator = PanelSimulator.start(SimulatorSettings.defaults("main"))) {
			SimulatedUser user = simulator.state().seedUser(new UserSeed("ops@example.com", "ops", true));

			assertThat(user.id()).isEqualTo(5);
			assertThat(user.rootAdmin()).isTrue();
			assertThat(simulator.state().users()).extracting(SimulatedUser::email).contains("ops@example.com");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> simulator.state().seedUser(new UserSeed("ops@example.com", "other", false)));
		}
	}

}
