package dev.pterogateway.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application API (users and infrastructure) against the simulator over real HTTP.
 */
class ApplicationApiTests {

	private SimulatedPanel panel = SimulatedPanel.start("main");

	@AfterEach
	void stopPanel() {
		this.panel.close();
	}

	@Test
	void listUsersWhenMoreThanOnePageReturnsAll() {
		this.panel.close();
		this.panel = SimulatedPanel.start(SimulatorSettings.defaults("main").withUsers(120));
		List<PanelUser> users = application().users().list();
		assertThat(users).hasSize(121);
		assertThat(users).extracting(PanelUser::email).contains("admin@example.com", "player120@example.com");
		assertThat(users).extracting(PanelUser::id).isSorted();
	}

	@Test
	void findByEmailWhenFilterMatchesSeveralReturnsExactOne() {
		this.panel.close();
		this.panel = SimulatedPanel.start(SimulatorSettings.defaults("main").withUsers(12));
		assertThat(application().users().findByEmail("PLAYER1@example.com")).get()
			.extracting(PanelUser::email)
			.isEqualTo("player1@example.com");
		assertThat(application().users().findByEmail("nobody@example.com")).isEmpty();
	}

	@Test
	void createWhenValidCanBeReadUpdatedAndDeleted() {
		PanelUser created = application().users()
			.create(PanelUserRequest.of("alice@example.com", "alice", "Alice", "Smith").withExternalId("billing-7"));
		assertThat(created.id()).isPositive();
		assertThat(created.rootAdmin()).isFalse();
		assertThat(application().users().get(created.id()).email()).isEqualTo("alice@example.com");
		assertThat(application().users().findByExternalId("billing-7")).get()
			.extracting(PanelUser::id)
			.isEqualTo(created.id());
		PanelUserRequest current = PanelUserRequest.from(created);
		PanelUser updated = application().users()
			.update(created.id(), new PanelUserRequest(current.email(), current.username(), "Alicia",
					current.lastName(), null, current.language(), current.rootAdmin(), current.externalId()));
		assertThat(updated.firstName()).isEqualTo("Alicia");
		application().users().delete(created.id());
		assertThatExceptionOfType(PanelNotFoundException.class)
			.isThrownBy(() -> application().users().get(created.id()));
		assertThat(application().users().findByExternalId("billing-7")).isEmpty();
	}

	@Test
	void createWhenEmailIsTakenThrowsValidationOnEmail() {
		assertThatExceptionOfType(PanelValidationException.class)
			.isThrownBy(() -> application().users()
				.create(PanelUserRequest.of("player1@example.com", "someoneelse", "Some", "One")))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(PanelFieldError::field).contains("email"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(422));
	}

	@Test
	void deleteWhenUserOwnsServersThrowsConflict() {
		this.panel.simulator().state().seedServer(ServerSeed.of("Owned", "player2@example.com"));
		PanelUser owner = application().users().findByEmail("player2@example.com").orElseThrow();
		assertThatExceptionOfType(PanelConflictException.class)
			.isThrownBy(() -> application().users().delete(owner.id()))
			.satisfies((ex) -> assertThat(ex.panelCode()).isEqualTo("DisplayException"));
	}

	@Test
	void infrastructureWhenListedReturnsNodesLocationsNestsAndEggs() {
		List<PanelNode> nodes = application().nodes();
		assertThat(nodes).isNotEmpty();
		List<PanelLocation> locations = application().locations();
		assertThat(locations).extracting(PanelLocation::id).contains(nodes.get(0).locationId());
		List<PanelNest> nests = application().nests();
		assertThat(nests).extracting(PanelNest::name).contains("Minecraft");
		int minecraft = nests.stream().filter((nest) -> nest.name().equals("Minecraft")).findFirst().orElseThrow().id();
		List<PanelEgg> eggs = application().eggs(minecraft);
		PanelEgg paper = eggs.stream().filter((egg) -> egg.name().equals("Paper")).findFirst().orElseThrow();
		assertThat(paper.variables()).extracting(EggVariable::envVariable).contains("SERVER_JARFILE", "DL_PATH");
		assertThat(paper.defaultEnvironment()).containsEntry("SERVER_JARFILE", "server.jar");
		assertThat(application().egg(minecraft, paper.id())).isEqualTo(paper);
	}

	@Test
	void eggWhenNotInThatNestThrowsNotFound() {
		int rust = application().nests()
			.stream()
			.filter((nest) -> nest.name().equals("Rust"))
			.findFirst()
			.map(PanelNest::id)
			.orElseThrow();
		Optional<PanelEgg> paper = application().nests()
			.stream()
			.filter((nest) -> nest.name().equals("Minecraft"))
			.flatMap((nest) -> application().eggs(nest.id()).stream())
			.filter((egg) -> egg.name().equals("Paper"))
			.findFirst();
		assertThatExceptionOfType(PanelNotFoundException.class)
			.isThrownBy(() -> application().egg(rust, paper.orElseThrow().id()));
	}

	@Test
	void applicationWhenClientKeyOfNormalUserIsUsedThrowsAuth() {
		try (PanelRegistry normalUser = SimulatedPanel
			.registry(Map.of("main", SimulatedPanel.settings(this.panel.simulator(), null,
					this.panel.simulator().clientKeyFor("player1@example.com"), SimulatedPanel.TIMEOUT, 8)))) {
			assertThatExceptionOfType(PanelAuthException.class)
				.isThrownBy(() -> normalUser.panel("main").application().nodes())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403))
				.satisfies((ex) -> assertThat(ex.api()).isEqualTo(PanelApi.APPLICATION));
		}
	}

	private ApplicationApi application() {
		return this.panel.panel().application();
	}

}
