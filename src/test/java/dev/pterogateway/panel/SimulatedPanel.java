package dev.pterogateway.panel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

/**
 * Test support: a {@link PanelSimulator} on loopback with a {@link PanelRegistry} that
 * talks to it over real HTTP. Close it after each test.
 */
final class SimulatedPanel implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final PanelSimulator simulator;

	private final PanelRegistry registry;

	private SimulatedPanel(PanelSimulator simulator, PanelRegistry registry) {
		this.simulator = simulator;
		this.registry = registry;
	}

	static SimulatedPanel start(String name) {
		return start(SimulatorSettings.defaults(name));
	}

	static SimulatedPanel start(SimulatorSettings settings) {
		PanelSimulator simulator = PanelSimulator.start(settings);
		return new SimulatedPanel(simulator,
				PanelRegistry.create(new PanelProperties(Map.of(settings.name(), settings(simulator, TIMEOUT, 8)))));
	}

	static PanelProperties.Panel settings(PanelSimulator simulator, Duration timeout, int maxConcurrency) {
		return settings(simulator, simulator.clientKey(), simulator.applicationKey(), timeout, maxConcurrency);
	}

	static PanelProperties.Panel settings(PanelSimulator simulator, @Nullable String clientKey,
			@Nullable String applicationKey, Duration timeout, int maxConcurrency) {
		return new PanelProperties.Panel(simulator.url(), clientKey, applicationKey, timeout, Duration.ofSeconds(1),
				maxConcurrency);
	}

	static PanelRegistry registry(Map<String, PanelProperties.Panel> panels) {
		return PanelRegistry.create(new PanelProperties(new LinkedHashMap<>(panels)));
	}

	PanelSimulator simulator() {
		return this.simulator;
	}

	PanelRegistry registry() {
		return this.registry;
	}

	PanelClient panel() {
		return this.registry.all().get(0);
	}

	@Override
	public void close() {
		this.registry.close();
		this.simulator.close();
	}

}
