package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing the servers of two simulated panels, one of which fails in different ways.
 */
class PanelFleetTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private PanelSimulator main;

	private PanelSimulator oci;

	private PanelRegistry registry;

	@BeforeEach
	void startPanels() {
		this.main = PanelSimulator.start(SimulatorSettings.defaults("main").withServers(4));
		this.oci = PanelSimulator.start(SimulatorSettings.defaults("oci").withServers(3).withSeed(2));
	}

	@AfterEach
	void stopPanels() {
		if (this.registry != null) {
			this.registry.close();
		}
		this.main.close();
		this.oci.close();
	}

	@Test
	void listServersWhenBothPanelsAnswerListsAllWithTheirPanel() {
		FleetListing listing = fleet(SimulatedPanel.settings(this.oci, TIMEOUT, 8)).listServers();
		assertThat(listing.complete()).isTrue();
		assertThat(listing.servers()).filteredOn((server) -> server.panel().equals("main")).hasSize(4);
		assertThat(listing.servers()).filteredOn((server) -> server.panel().equals("oci")).hasSize(3);
		assertThat(listing.servers()).allSatisfy(
				(server) -> assertThat(server.ref()).isEqualTo(server.panel() + ":" + server.server().identifier()));
		assertThat(listing.panels()).containsOnlyKeys("main", "oci");
		assertThat(listing.panels().values()).allSatisfy((health) -> assertThat(health.isUp()).isTrue());
	}

	@Test
	void listServersWhenOnePanelIsDownStillListsTheOther() {
		this.oci.stop();
		FleetListing listing = fleet(SimulatedPanel.settings(this.oci, TIMEOUT, 8)).listServers();
		assertThat(listing.servers()).hasSize(4).allSatisfy((server) -> assertThat(server.panel()).isEqualTo("main"));
		assertThat(listing.complete()).isFalse();
		assertThat(listing.failedPanels()).containsExactly("oci");
		assertThat(listing.panels().get("oci").status()).isEqualTo(PanelHealth.Status.DOWN);
		assertThat(listing.panels().get("oci").lastError()).contains("oci", "connection refused");
		assertThat(listing.panels().get("main").isUp()).isTrue();
	}

	@Test
	void listServersWhenOnePanelHangsReturnsWithinItsTimeout() {
		this.oci.faults().hangNext(10);
		long started = System.nanoTime();
		FleetListing listing = fleet(SimulatedPanel.settings(this.oci, TIMEOUT, 8)).listServers();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusMillis(800));
		assertThat(listing.servers()).hasSize(4);
		assertThat(listing.panels().get("oci").lastError()).contains("no answer");
	}

	@Test
	void listServersWhenOnePanelFailsWith500MarksItWithThePanelError() {
		this.oci.faults().failAll(500);
		FleetListing listing = fleet(SimulatedPanel.settings(this.oci, TIMEOUT, 8)).listServers();
		assertThat(listing.servers()).hasSize(4);
		assertThat(listing.panels().get("oci").lastError()).contains("HTTP 500");
	}

	@Test
	void listServersWhenPanelHasNoClientKeyMarksItNotConfigured() {
		FleetListing listing = fleet(SimulatedPanel.settings(this.oci, null, this.oci.applicationKey(), TIMEOUT, 8))
			.listServers();
		assertThat(listing.servers()).hasSize(4);
		assertThat(listing.panels().get("oci").lastError()).contains("PTERO_PANELS_OCI_CLIENT_KEY");
		assertThat(this.oci.requests()).isEmpty();
	}

	private PanelFleet fleet(PanelProperties.Panel oci) {
		Map<String, PanelProperties.Panel> panels = new LinkedHashMap<>();
		panels.put("main", SimulatedPanel.settings(this.main, TIMEOUT, 8));
		panels.put("oci", oci);
		this.registry = SimulatedPanel.registry(panels);
		return new PanelFleet(this.registry, Clock.systemUTC());
	}

}
