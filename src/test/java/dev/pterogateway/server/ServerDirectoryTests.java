package dev.pterogateway.server;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.pterogateway.panel.PanelProperties;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The directory against two real simulated panels over HTTP.
 */
class ServerDirectoryTests {

	private final ExecutorService loader = Executors.newCachedThreadPool();

	private PanelSimulator main;

	private PanelSimulator oci;

	private PanelRegistry registry;

	private ServerDirectory directory;

	@BeforeEach
	void startPanels() {
		this.main = PanelSimulator.start(SimulatorSettings.defaults("main").withSeed(1).withServers(3));
		this.oci = PanelSimulator.start(SimulatorSettings.defaults("oci").withSeed(2).withServers(3));
		Map<String, PanelProperties.Panel> panels = new LinkedHashMap<>();
		panels.put("main", panel(this.main, true));
		panels.put("oci", panel(this.oci, true));
		useDirectoryOver(panels);
	}

	@AfterEach
	void stopPanels() {
		this.registry.close();
		this.main.close();
		this.oci.close();
		this.loader.shutdownNow();
	}

	@Test
	void resolveWhenBareIdExistsOnOnePanelFindsItThere() {
		String identifier = this.oci.state().servers().get(0).identifier();
		DirectoryEntry entry = this.directory.resolve(ServerRef.parse(identifier));
		assertThat(entry.panel()).isEqualTo("oci");
		assertThat(entry.ownerId()).isEqualTo(this.oci.state().servers().get(0).ownerId());
		assertThat(entry.ref()).hasToString("oci:" + identifier);
	}

	@Test
	void resolveWhenBareIdExistsOnTwoPanelsThrowsAmbiguous() {
		seedOnBoth("1a7ce997");
		assertThatExceptionOfType(AmbiguousServerIdException.class)
			.isThrownBy(() -> this.directory.resolve(ServerRef.parse("1a7ce997")))
			.satisfies((ex) -> assertThat(ex.candidates()).containsExactly("main:1a7ce997", "oci:1a7ce997"))
			.satisfies((ex) -> assertThat(ex.getBody().getStatus()).isEqualTo(409));
	}

	@Test
	void resolveWhenQualifiedIdExistsOnTwoPanelsFindsTheNamedOne() {
		seedOnBoth("1a7ce997");
		assertThat(this.directory.resolve(ServerRef.parse("main:1a7ce997")).panel()).isEqualTo("main");
		assertThat(this.directory.resolve(ServerRef.parse("oci:1a7ce997")).panel()).isEqualTo("oci");
	}

	@Test
	void resolveWhenOnlyOneOfTwoIsVisibleIsNotAmbiguous() {
		seedOnBoth("1a7ce997");
		DirectoryEntry entry = this.directory.resolve(ServerRef.parse("1a7ce997"),
				(candidate) -> candidate.panel().equals("oci"));
		assertThat(entry.panel()).isEqualTo("oci");
	}

	@Test
	void resolveWhenServerIsNotVisibleThrowsNotFound() {
		String identifier = this.main.state().servers().get(0).identifier();
		assertThatExceptionOfType(ServerNotFoundException.class)
			.isThrownBy(() -> this.directory.resolve(ServerRef.parse(identifier), (candidate) -> false));
	}

	@Test
	void resolveWhenPanelIsUnknownThrowsNotFound() {
		String identifier = this.main.state().servers().get(0).identifier();
		assertThatExceptionOfType(ServerNotFoundException.class)
			.isThrownBy(() -> this.directory.resolve(ServerRef.parse("nope:" + identifier)));
	}

	@Test
	void resolveWhenServerWasCreatedAfterTheListingReloadsAndFindsIt() {
		this.directory.entries();
		this.main.state().seedServer(ServerSeed.of("Fresh", "player1@example.com").withIdentifier("0badc0de"));
		assertThat(this.directory.resolve(ServerRef.parse("0badc0de")).name()).isEqualTo("Fresh");
	}

	@Test
	void resolveWhenOnePanelIsDownStillFindsServersOfTheOther() {
		String identifier = this.oci.state().servers().get(0).identifier();
		this.main.stop();
		assertThat(this.directory.resolve(ServerRef.parse(identifier)).panel()).isEqualTo("oci");
		assertThat(this.directory.states().get("main").isCurrent()).isFalse();
		assertThat(this.directory.states().get("oci").isCurrent()).isTrue();
	}

	@Test
	void resolveWhenUnknownIdAndAPanelIsDownSaysItCannotTell() {
		this.main.stop();
		assertThatExceptionOfType(ServerDirectoryUnavailableException.class)
			.isThrownBy(() -> this.directory.resolve(ServerRef.parse("deadbeef")))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("panels",
					java.util.List.of("main")));
	}

	@Test
	void resolveWhenPanelFailsAfterALoadKeepsItsLastKnownServers() {
		String identifier = this.main.state().servers().get(0).identifier();
		this.directory.entries();
		this.main.stop();
		this.directory.refresh();
		assertThat(this.directory.resolve(ServerRef.parse(identifier)).panel()).isEqualTo("main");
		assertThat(this.directory.states().get("main").failure()).isNotNull();
	}

	@Test
	void entriesWhenPanelHasNoApplicationKeyComeFromTheClientApiWithoutOwner() {
		Map<String, PanelProperties.Panel> panels = new LinkedHashMap<>();
		panels.put("main", panel(this.main, false));
		this.registry.close();
		useDirectoryOver(panels);
		assertThat(this.directory.entries()).hasSize(this.main.state().servers().size())
			.allSatisfy((entry) -> assertThat(entry.ownerId()).isNull());
	}

	private void seedOnBoth(String identifier) {
		this.main.state().seedServer(ServerSeed.of("Twin A", "player1@example.com").withIdentifier(identifier));
		this.oci.state().seedServer(ServerSeed.of("Twin B", "player1@example.com").withIdentifier(identifier));
	}

	private void useDirectoryOver(Map<String, PanelProperties.Panel> panels) {
		this.registry = PanelRegistry.create(new PanelProperties(panels));
		this.directory = new ServerDirectory(this.registry,
				new DirectoryProperties(Duration.ofMinutes(1), Duration.ZERO), Clock.systemUTC(), this.loader);
	}

	private static PanelProperties.Panel panel(PanelSimulator simulator, boolean withApplicationKey) {
		return new PanelProperties.Panel(simulator.url(), simulator.clientKey(),
				withApplicationKey ? simulator.applicationKey() : null, Duration.ofSeconds(2), Duration.ofSeconds(1),
				4);
	}

}
