package dev.pterogateway.monitor;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monitor's scheduled jobs: the sweep every {@code ptero.monitor.interval}, and
 * downsampling plus pruning every {@code ptero.monitor.retention.prune-interval}.
 */
@Component
class MonitorJobs {

	private final MonitorSweep sweep;

	private final SampleRetention retention;

	private final MonitorProperties properties;

	private final Clock clock;

	MonitorJobs(MonitorSweep sweep, SampleRetention retention, MonitorProperties properties, Clock clock) {
		this.sweep = sweep;
		this.retention = retention;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ptero.monitor.interval:30s}", initialDelayString = "${ptero.monitor.interval:30s}")
	@SchedulerLock(name = "monitor-sweep", lockAtMostFor = "PT5M")
	void sweep() {
		if (this.properties.enabled()) {
			this.sweep.sweep();
		}
	}

	@Scheduled(fixedDelayString = "${ptero.monitor.retention.prune-interval:5m}",
			initialDelayString = "${ptero.monitor.retention.prune-interval:5m}")
	@SchedulerLock(name = "monitor-retention", lockAtMostFor = "PT30M")
	void retention() {
		this.retention.run(this.clock.instant());
	}

}
