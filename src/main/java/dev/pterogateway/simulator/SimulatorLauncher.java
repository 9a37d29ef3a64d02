package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs simulated panels stand-alone, without Spring:
 * {@code --panels=main:8081,oci:8082 --servers=12 --users=4 --seed=2026 --latency=50ms --realistic-timings}.
 * Logs each panel's URL and its throwaway keys, then blocks until interrupted.
 */
public final class SimulatorLauncher {

	private static final Logger logger = LoggerFactory.getLogger(SimulatorLauncher.class);

	private SimulatorLauncher() {
	}

	public static void main(String[] args) throws InterruptedException {
		List<PanelSimulator> simulators = start(Options.parse(args));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulators.forEach(PanelSimulator::close);
			stopped.countDown();
		}, "simulator-shutdown"));
		stopped.await();
	}

	static List<PanelSimulator> start(Options options) {
		List<PanelSimulator> simulators = new ArrayList<>();
		long seed = options.seed();
		for (Map.Entry<String, Integer> panel : options.panels().entrySet()) {
			PanelSimulator simulator = PanelSimulator.start(options.settings(panel.getKey(), panel.getValue(), seed++));
			simulators.add(simulator);
			logger.info("Simulated panel '{}' at {} client key {} application key {}", simulator.name(),
					simulator.url(), simulator.clientKey(), simulator.applicationKey());
		}
		return simulators;
	}

	/**
	 * Command-line options.
	 *
	 * @param panels panel name to port, in order
	 * @param servers servers per panel
	 * @param users ordinary users per panel
	 * @param seed seed of the first panel (the next ones count up)
	 * @param latency latency added to every response
	 * @param realisticTimings whether power, install and backups take seconds
	 */
	record Options(Map<String, Integer> panels, int servers, int users, long seed, Duration latency,
			boolean realisticTimings) {

		static Options parse(String... args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
				}
				int equals = arg.indexOf('=');
				values.put((equals < 0) ? arg.substring(2) : arg.substring(2, equals),
						(equals < 0) ? "true" : arg.substring(equals + 1));
			}
			SimulatorSettings defaults = SimulatorSettings.defaults("main");
			return new Options(panels(values.getOrDefault("panels", "main:8081,oci:8082")),
					Integer.parseInt(values.getOrDefault("servers", Integer.toString(defaults.servers()))),
					Integer.parseInt(values.getOrDefault("users", Integer.toString(defaults.users()))),
					Long.parseLong(values.getOrDefault("seed", Long.toString(defaults.seed()))),
					duration(values.getOrDefault("latency", "0ms")),
					Boolean.parseBoolean(values.getOrDefault("realistic-timings", "false")));
		}

		private static Map<String, Integer> panels(String text) {
			Map<String, Integer> panels = new LinkedHashMap<>();
			for (String panel : text.split(",")) {
				String[] parts = panel.trim().split(":");
				panels.put(parts[0], (parts.length > 1) ? Integer.parseInt(parts[1]) : 0);
			}
			return panels;
		}

		/** {@code 50ms}, {@code 2s}, {@code 1m} or ISO-8601 ({@code PT2S}). */
		static Duration duration(String text) {
			String value = text.trim().toLowerCase(Locale.ROOT);
			if (value.startsWith("pt")) {
				return Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			if (value.endsWith("s")) {
				return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
			}
			if (value.endsWith("m")) {
				return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
			}
			return Duration.ofMillis(Long.parseLong(value));
		}

		SimulatorSettings settings(String name, int port, long seed) {
			SimulatorSettings settings = SimulatorSettings.defaults(name)
				.withPort(port)
				.withSeed(seed)
				.withServers(this.servers)
				.withUsers(this.users)
				.withLatency(this.latency);
			if (!this.realisticTimings) {
				return settings;
			}
			return settings.withPowerDurations(Duration.ofSeconds(3), Duration.ofSeconds(2))
				.withInstallDuration(Duration.ofSeconds(10))
				.withBackupDuration(Duration.ofSeconds(5));
		}

	}

}
