package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What Wings does with a server's process: the power state machine (offline → starting →
 * running → stopping → offline), installs, restores and crashes, with their console
 * lines, {@code status} events and the final zeroed {@code stats}. Methods run with the
 * model lock held; timers take it again and do nothing if the server moved on meanwhile.
 */
final class PowerStateMachine {

	private final SimulatorSettings settings;

	private final PanelModel model;

	private final ScheduledExecutorService scheduler;

	PowerStateMachine(SimulatorSettings settings, PanelModel model, ScheduledExecutorService scheduler) {
		this.settings = settings;
		this.model = model;
		this.scheduler = scheduler;
	}

	/** Applies a power signal; a start on a running server is ignored, like Wings. */
	void signal(PanelServer server, String signal) {
		server.powerSignals.add(signal);
		switch (signal) {
			case "start" -> start(server);
			case "stop" -> stop(server, false);
			case "restart" -> restart(server);
			case "kill" -> kill(server);
			default -> throw new IllegalArgumentException("Unknown signal " + signal);
		}
	}

	private void start(PanelServer server) {
		if (server.power != PowerState.OFFLINE) {
			return;
		}
		long generation = ++server.powerGeneration;
		server.startedAt = this.model.now();
		change(server, PowerState.STARTING);
		Egg egg = this.model.requireEgg(server.eggId);
		ConsoleLines.starting(egg, StartupCommand.resolve(this.model, server), this.model.now())
			.forEach((line) -> this.model.console(server, line));
		later(this.settings.startingDuration(), server, generation, () -> {
			change(server, PowerState.RUNNING);
			this.model.console(server, ConsoleLines.running(egg, this.model.now()));
		});
	}

	private void stop(PanelServer server, boolean thenStart) {
		if (server.power == PowerState.OFFLINE || server.power == PowerState.STOPPING) {
			return;
		}
		long generation = ++server.powerGeneration;
		change(server, PowerState.STOPPING);
		Egg egg = this.model.requireEgg(server.eggId);
		ConsoleLines.stopping(egg, this.model.now()).forEach((line) -> this.model.console(server, line));
		later(this.settings.stoppingDuration(), server, generation, () -> {
			goOffline(server);
			if (thenStart) {
				start(server);
			}
		});
	}

	private void restart(PanelServer server) {
		if (server.power == PowerState.OFFLINE) {
			start(server);
		}
		else {
			stop(server, true);
		}
	}

	private void kill(PanelServer server) {
		if (server.power == PowerState.OFFLINE) {
			return;
		}
		server.powerGeneration++;
		if (server.power != PowerState.STOPPING) {
			change(server, PowerState.STOPPING);
		}
		goOffline(server);
	}

	/** Stops the process at once without a signal (reinstall, restore, suspension). */
	void forceOffline(PanelServer server) {
		if (server.power != PowerState.OFFLINE) {
			server.powerGeneration++;
			goOffline(server);
		}
	}

	/**
	 * The process exits unexpectedly; Wings prints its crash notice and does not restart
	 * it.
	 */
	void crash(PanelServer server) {
		if (server.power == PowerState.OFFLINE) {
			return;
		}
		server.powerGeneration++;
		goOffline(server);
		ConsoleLines.crashed(1).forEach((line) -> this.model.console(server, line));
	}

	/**
	 * Runs an install: status {@code installing} and the install script's output now,
	 * {@code null} after the install duration, then optionally a start.
	 */
	void install(PanelServer server, boolean startOnCompletion) {
		forceOffline(server);
		server.status = PanelServer.INSTALLING;
		long generation = ++server.statusGeneration;
		this.model.emit(server, "install started", List.of(""));
		ConsoleLines.installing(this.model.requireEgg(server.eggId))
			.forEach((line) -> this.model.emit(server, "install output", List.of(line)));
		afterStatus(this.settings.installDuration(), server, generation, () -> {
			server.status = null;
			this.model.emit(server, "install completed", List.of(""));
			if (startOnCompletion) {
				signal(server, "start");
			}
		});
	}

	/**
	 * Restores a backup: status {@code restoring_backup} until the backup duration
	 * passed.
	 */
	void restore(PanelServer server) {
		forceOffline(server);
		server.status = PanelServer.RESTORING_BACKUP;
		long generation = ++server.statusGeneration;
		afterStatus(this.settings.backupDuration(), server, generation, () -> {
			server.status = null;
			this.model.emit(server, "backup restore completed", List.of(""));
		});
	}

	private void goOffline(PanelServer server) {
		server.startedAt = null;
		change(server, PowerState.OFFLINE);
	}

	private void change(PanelServer server, PowerState state) {
		server.power = state;
		this.model.emit(server, "status", List.of(state.wireName()));
		if (state == PowerState.OFFLINE) {
			this.model.emit(server, "stats",
					List.of(ResourceUsage.of(server, this.model.now()).wingsStats().toString()));
		}
	}

	private void later(Duration delay, PanelServer server, long generation, Runnable action) {
		schedule(delay, () -> {
			if (server.powerGeneration == generation && this.model.servers.contains(server)) {
				action.run();
			}
		});
	}

	private void afterStatus(Duration delay, PanelServer server, long generation, Runnable action) {
		schedule(delay, () -> {
			if (server.statusGeneration == generation && this.model.servers.contains(server)) {
				action.run();
			}
		});
	}

	void schedule(Duration delay, Runnable action) {
		this.scheduler.schedule(() -> {
			synchronized (this.model) {
				action.run();
			}
		}, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

}
