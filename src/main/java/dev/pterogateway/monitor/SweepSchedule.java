package dev.pterogateway.monitor;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pterogateway.panel.PanelRegistry;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs every panel's sweep on the panel's own schedule: every
 * {@code ptero.monitor.interval}, at a fixed rate, on a thread of its own. A panel whose
 * previous sweep still runs (a slow or hanging panel) skips that turn, which is logged
 * and counted in {@code ptero.monitor.sweep.skipped}; no other panel waits for it. In a
 * cluster a ShedLock JDBC lock per panel ({@code monitor-sweep-<panel>}, held for at
 * least half an interval) lets one instance sweep it per turn.
 */
class SweepSchedule implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SweepSchedule.class);

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

	private final MonitorSweep sweep;

	private final PanelRegistry panels;

	private final LockingTaskExecutor locks;

	private final MonitorMetrics metrics;

	private final MonitorProperties properties;

	private final Set<String> skipping = ConcurrentHashMap.newKeySet();

	private @Nullable ScheduledExecutorService ticker;

	private @Nullable ExecutorService workers;

	SweepSchedule(MonitorSweep sweep, PanelRegistry panels, LockProvider locks, MonitorMetrics metrics,
			MonitorProperties properties) {
		this.sweep = sweep;
		this.panels = panels;
		this.locks = new DefaultLockingTaskExecutor(locks);
		this.metrics = metrics;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled() || this.ticker != null) {
			return;
		}
		this.ticker = Executors.newSingleThreadScheduledExecutor(threads("monitor-ticker-"));
		this.workers = Executors.newCachedThreadPool(threads("monitor-panel-"));
		long interval = this.properties.interval().toMillis();
		for (String panel : this.panels.names()) {
			this.ticker.scheduleAtFixedRate(() -> tick(panel), interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.ticker != null) {
			this.ticker.shutdownNow();
			this.ticker = null;
		}
		if (this.workers != null) {
			this.workers.shutdownNow();
			this.workers = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.ticker != null;
	}

	/** Starts the panel's sweep unless its previous one still runs; never blocks. */
	void tick(String panel) {
		PanelSweep state = this.sweep.state(panel);
		if (!state.inFlight.compareAndSet(false, true)) {
			this.metrics.sweepSkipped(panel);
			if (this.skipping.add(panel)) {
				logger.warn("Panel {} is still being swept after {}; skipping its turns until it finishes", panel,
						this.properties.interval());
			}
			return;
		}
		ExecutorService current = this.workers;
		if (current == null) {
			state.inFlight.set(false);
			return;
		}
		current.execute(() -> {
			try {
				Runnable sweepPanel = () -> this.sweep.sweepPanel(panel);
				this.locks.executeWithLock(sweepPanel, lock(panel));
			}
			catch (RuntimeException ex) {
				logger.warn("Sweep of panel {} failed: {}", panel, ex.toString());
			}
			finally {
				state.inFlight.set(false);
				if (this.skipping.remove(panel)) {
					logger.info("Panel {} finished its long sweep; back on schedule", panel);
				}
			}
		});
	}

	private LockConfiguration lock(String panel) {
		Duration interval = this.properties.interval();
		Duration atMost = (interval.compareTo(LOCK_AT_MOST) > 0) ? interval : LOCK_AT_MOST;
		return new LockConfiguration(ClockProvider.now(), "monitor-sweep-" + panel, atMost, interval.dividedBy(2));
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
