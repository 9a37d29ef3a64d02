package dev.pterogateway.simulator;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of one simulated panel: its name and port, the seed of its fleet, its limits
 * and how long its asynchronous work takes. Immutable; change it with the withers.
 *
 * @param name the panel name (used in node names and logs)
 * @param port the loopback port to listen on, 0 for an ephemeral one
 * @param seed the seed of the deterministic fleet
 * @param servers how many servers are seeded
 * @param users how many ordinary users are seeded besides the root admin
 * @param clientRateLimit requests per minute per panel user on the client API
 * @param applicationRateLimit requests per minute per panel user on the application API
 * @param backupThrottleLimit backups per server per throttle period, 0 disables the
 * throttle
 * @param backupThrottlePeriod the backup throttle window
 * @param backupDuration how long a backup takes to complete
 * @param installDuration how long an install or reinstall takes
 * @param startingDuration how long a server stays {@code starting}
 * @param stoppingDuration how long a server stays {@code stopping}
 * @param websocketTokenLifetime lifetime of the websocket JWT
 * @param tokenExpiryCheckInterval how often a websocket checks its token's expiry
 * @param statsInterval cadence of the websocket {@code stats} events while running
 * @param consoleLogCount how many console lines {@code send logs} replays
 * @param latency latency added to every HTTP response
 * @param clock the clock of timestamps, tokens, rate limits and throttles
 */
public record SimulatorSettings(String name, int port, long seed, int servers, int users, int clientRateLimit,
		int applicationRateLimit, int backupThrottleLimit, Duration backupThrottlePeriod, Duration backupDuration,
		Duration installDuration, Duration startingDuration, Duration stoppingDuration, Duration websocketTokenLifetime,
		Duration tokenExpiryCheckInterval, Duration statsInterval, int consoleLogCount, Duration latency, Clock clock) {

	/**
	 * Fast defaults for tests: 6 servers, 3 users, seed 1, an ephemeral port, the panel's
	 * rate limits and sub-second asynchronous work.
	 * @param name the panel name
	 * @return the settings
	 */
	public static SimulatorSettings defaults(String name) {
		return new SimulatorSettings(name, 0, 1, 6, 3, 720, 240, 2, Duration.ofSeconds(600), Duration.ofMillis(150),
				Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMinutes(10),
				Duration.ofSeconds(30), Duration.ofSeconds(1), 150, Duration.ZERO, Clock.systemUTC());
	}

	public SimulatorSettings withPort(int port) {
		return new SimulatorSettings(this.name, port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withSeed(long seed) {
		return new SimulatorSettings(this.name, this.port, seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withServers(int servers) {
		return new SimulatorSettings(this.name, this.port, this.seed, servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withUsers(int users) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withRateLimits(int clientPerMinute, int applicationPerMinute) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, clientPerMinute,
				applicationPerMinute, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withBackupThrottle(int limit, Duration period) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, limit, period, this.backupDuration, this.installDuration,
				this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withBackupDuration(Duration backupDuration) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withInstallDuration(Duration installDuration) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withPowerDurations(Duration starting, Duration stopping) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, starting, stopping, this.websocketTokenLifetime, this.tokenExpiryCheckInterval,
				this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withWebsocketToken(Duration lifetime, Duration expiryCheckInterval) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, lifetime, expiryCheckInterval,
				this.statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withStatsInterval(Duration statsInterval) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, statsInterval, this.consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withConsoleLogCount(int consoleLogCount) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, consoleLogCount, this.latency, this.clock);
	}

	public SimulatorSettings withLatency(Duration latency) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, latency, this.clock);
	}

	public SimulatorSettings withClock(Clock clock) {
		return new SimulatorSettings(this.name, this.port, this.seed, this.servers, this.users, this.clientRateLimit,
				this.applicationRateLimit, this.backupThrottleLimit, this.backupThrottlePeriod, this.backupDuration,
				this.installDuration, this.startingDuration, this.stoppingDuration, this.websocketTokenLifetime,
				this.tokenExpiryCheckInterval, this.statsInterval, this.consoleLogCount, this.latency, clock);
	}

}
