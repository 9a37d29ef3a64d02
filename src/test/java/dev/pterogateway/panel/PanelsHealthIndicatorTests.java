package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class PanelsHealthIndicatorTests {

	private PanelSimulator main;

	private PanelSimulator oci;

	private PanelRegistry registry;

	private PanelsHealthIndicator indicator;

	@BeforeEach
	void startPanels() {
		this.main = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.oci = PanelSimulator.start(SimulatorSettings.defaults("oci"));
		Map<String, PanelProperties.Panel> panels = new LinkedHashMap<>();
		panels.put("main", SimulatedPanel.settings(this.main, Duration.ofSeconds(1), 8));
		panels.put("oci", SimulatedPanel.settings(this.oci, this.oci.clientKey(), null, Duration.ofSeconds(1), 8));
		this.registry = SimulatedPanel.registry(panels);
		this.indicator = new PanelsHealthIndicator(this.registry, Clock.systemUTC());
	}

	@AfterEach
	void stopPanels() {
		this.registry.close();
		this.main.close();
		this.oci.close();
	}

	@Test
	void healthWhenAllPanelsAnswerIsUpWithDetailsPerPanel() {
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnlyKeys("main", "oci");
		assertThat(health.getDetails().get("oci")).asInstanceOf(MAP)
			.containsEntry("status", "UP")
			.containsEntry("apis", List.of("client"))
			.containsEntry("clientRateLimitRemaining", 719)
			.containsKey("clientRateLimitReadAt");
		assertThat(health.toString()).doesNotContain(this.main.clientKey(), this.main.applicationKey(),
				this.oci.clientKey());
	}

	@Test
	void healthWhenOnePanelIsDownIsDegradedAndNamesTheError() {
		this.oci.stop();
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(PanelsHealthIndicator.DEGRADED);
		assertThat(health.getDetails().get("oci")).asInstanceOf(MAP)
			.containsEntry("status", "DOWN")
			.hasEntrySatisfying("error", (error) -> assertThat(error.toString()).contains("connection refused"));
		assertThat(health.getDetails().get("main")).asInstanceOf(MAP).containsEntry("status", "UP");
	}

	@Test
	void healthWhenEveryPanelIsDownIsDown() {
		this.main.stop();
		this.oci.stop();
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void healthWhenPanelsWereCalledRecentlyDoesNotProbeAgain() {
		this.indicator.health();
		int requests = this.main.requests().size();
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.main.requests()).hasSize(requests);
	}

	@Test
	void healthWhenNoPanelIsConfiguredIsUnknown() {
		try (PanelRegistry empty = SimulatedPanel.registry(Map.of())) {
			assertThat(new PanelsHealthIndicator(empty, Clock.systemUTC()).health().getStatus())
				.isEqualTo(Status.UNKNOWN);
		}
	}

}
