package dev.pterogateway.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

/**
 * The simulated panels of demo mode, running in this process on their own loopback ports.
 * Registered as a bean so that tests can reach a simulator's knobs; the gateway itself
 * only knows their URLs and keys.
 */
public final class DemoPanels implements AutoCloseable {

	private final Map<String, PanelSimulator> simulators;

	private DemoPanels(Map<String, PanelSimulator> simulators) {
		this.simulators = simulators;
	}

	static DemoPanels start(DemoSettings settings) {
		Map<String, PanelSimulator> simulators = new LinkedHashMap<>();
		long seed = settings.seed();
		for (String name : DemoModeEnvironmentPostProcessor.PANELS) {
			simulators.put(name, PanelSimulator.start(settingsFor(name, seed++, settings)));
		}
		return new DemoPanels(simulators);
	}

	private static SimulatorSettings settingsFor(String name, long seed, DemoSettings demo) {
		SimulatorSettings settings = timed(SimulatorSettings.defaults(name)
			.withSeed(seed)
			.withServers(demo.serversPerPanel())
			.withUsers(demo.usersPerPanel()), demo.realisticTimings());
		Duration backupDuration = demo.backupDuration();
		if (backupDuration != null) {
			settings = settings.withBackupDuration(backupDuration);
		}
		Integer rateLimit = demo.rateLimitPerMinute();
		return (rateLimit != null) ? settings.withRateLimits(rateLimit, rateLimit) : settings;
	}

	private static SimulatorSettings timed(SimulatorSettings settings, boolean realistic) {
		if (!realistic) {
			return settings;
		}
		return settings.withPowerDurations(Duration.ofSeconds(3), Duration.ofSeconds(2))
			.withInstallDuration(Duration.ofSeconds(10))
			.withBackupDuration(Duration.ofSeconds(5));
	}

	/**
	 * The simulator behind one demo panel.
	 * @param name {@code main} or {@code oci}
	 * @return the simulator
	 */
	public PanelSimulator simulator(String name) {
		PanelSimulator simulator = this.simulators.get(name);
		if (simulator == null) {
			throw new NoSuchElementException("No demo panel named '" + name + "'");
		}
		return simulator;
	}

	void each(PanelVisitor visitor) {
		this.simulators.forEach((name, simulator) -> visitor.visit(name, simulator.url().toString(),
				simulator.clientKey(), simulator.applicationKey()));
	}

	String describe() {
		List<String> panels = new ArrayList<>();
		this.simulators.forEach((name, simulator) -> panels.add(name + " at " + simulator.url()));
		return String.join(", ", panels);
	}

	@Override
	public void close() {
		this.simulators.values().forEach(PanelSimulator::close);
	}

	@FunctionalInterface
	interface PanelVisitor {

		void visit(String name, String url, String clientKey, String applicationKey);

	}

}
