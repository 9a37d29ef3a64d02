package dev.pterogateway.monitor;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monitor's scheduled job of downsampling plus pruning every
 * {@code ptero.monitor.retention.prune-interval}. The sweep has its own per-panel
 * schedule ({@link SweepSchedule}).
 */
@Component
class MonitorJobs {

	private final SampleRetention retention;

	private final Clock clock;

	MonitorJobs(SampleRetention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ptero.monitor.retention.prune-interval:5m}",
			initialDelayString = "${ptero.monitor.retention.prune-interval:5m}")
	@SchedulerLock(name = "monitor-retention", lockAtMostFor = "PT30M")
	void retention() {
		this.retention.run(this.clock.instant());
	}

}
