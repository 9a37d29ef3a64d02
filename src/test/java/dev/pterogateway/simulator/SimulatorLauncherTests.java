package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorLauncherTests {

	@Test
	void parseWhenAllOptionsGivenReadsThem() {
		SimulatorLauncher.Options options = SimulatorLauncher.Options.parse("--panels=main:8081,oci:8082",
				"--servers=12", "--users=4", "--seed=2026", "--latency=50ms", "--realistic-timings");

		assertThat(options).isEqualTo(new SimulatorLauncher.Options(Map.of("main", 8081, "oci", 8082), 12, 4, 2026,
				Duration.ofMillis(50), true));
		assertThat(options.panels().keySet()).containsExactly("main", "oci");
		assertThat(options.settings("oci", 8082, 2027).installDuration()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void parseWhenNothingGivenUsesDefaults() {
		SimulatorLauncher.Options options = SimulatorLauncher.Options.parse();

		assertThat(options.panels()).containsExactly(Map.entry("main", 8081), Map.entry("oci", 8082));
		assertThat(options.servers()).isEqualTo(6);
		assertThat(options.latency()).isZero();
		assertThat(options.realisticTimings()).isFalse();
	}

	@Test
	void durationWhenInSupportedFormsParses() {
		assertThat(SimulatorLauncher.Options.duration("2s")).isEqualTo(Duration.ofSeconds(2));
		assertThat(SimulatorLauncher.Options.duration("1m")).isEqualTo(Duration.ofMinutes(1));
		assertThat(SimulatorLauncher.Options.duration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorLauncher.Options.parse("servers=3"));
	}

	@Test
	void startWhenPanelsOnEphemeralPortsServesEach() {
		List<PanelSimulator> simulators = SimulatorLauncher
			.start(SimulatorLauncher.Options.parse("--panels=main:0,oci:0", "--servers=2", "--users=1"));
		try {
			assertThat(simulators).extracting(PanelSimulator::name).containsExactly("main", "oci");
			assertThat(simulators).allSatisfy((simulator) -> {
				assertThat(simulator.state().servers()).hasSize(2);
				assertThat(SimulatorClient.of(simulator, simulator.clientKey()).get("/api/client/account").status())
					.isEqualTo(200);
			});
		}
		finally {
			simulators.forEach(PanelSimulator::close);
		}
	}

}
