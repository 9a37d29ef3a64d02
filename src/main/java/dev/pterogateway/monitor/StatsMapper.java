package dev.pterogateway.monitor;

import java.time.Instant;

import dev.pterogateway.panel.ServerResources;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerStatus;
import dev.pterogateway.server.StatsSample;

/**
 * Turns panel answers into samples, and samples into events and API records.
 */
final class StatsMapper {

	private StatsMapper() {
	}

	static MetricSample toSample(DirectoryEntry entry, ServerResources resources, Instant at) {
		ServerResources.Usage usage = resources.resources();
		return new MetricSample(entry.panel(), entry.identifier(), at, ServerStatus.stateOf(resources.currentState()),
				ServerStatus.percentOf(usage.cpuAbsolute(), entry.limits().cpu()), usage.cpuAbsolute(),
				usage.memoryBytes(), usage.diskBytes(), usage.networkRxBytes(), usage.networkTxBytes(), usage.uptime());
	}

	static ServerStatsSampled toEvent(DirectoryEntry entry, MetricSample sample) {
		return new ServerStatsSampled(sample.panel(), sample.identifier(), sample.at(), sample.state(), sample.cpu(),
				sample.cpuAbsolute(), ServerStatus.ResourceUsage.of(sample.memory(), entry.limits().memory()),
				ServerStatus.ResourceUsage.of(sample.disk(), entry.limits().disk()), sample.networkIn(),
				sample.networkOut(), sample.uptime() / 1000);
	}

	static StatsSample toStatsSample(MetricSample sample) {
		return new StatsSample(sample.at(), sample.state(), sample.cpu(), sample.cpuAbsolute(), sample.memory(),
				sample.disk(), sample.networkIn(), sample.networkOut());
	}

}
