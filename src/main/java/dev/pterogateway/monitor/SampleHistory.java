package dev.pterogateway.monitor;

import java.util.List;

import dev.pterogateway.server.StatsHistory;
import dev.pterogateway.server.StatsSample;

import org.springframework.stereotype.Component;

/**
 * The {@code history} of {@code GET /api/server/{id}/status}: the latest raw samples.
 */
@Component
class SampleHistory implements StatsHistory {

	private final SampleStore samples;

	private final MonitorProperties properties;

	SampleHistory(SampleStore samples, MonitorProperties properties) {
		this.samples = samples;
		this.properties = properties;
	}

	@Override
	public List<StatsSample> recent(String panel, String identifier) {
		if (this.properties.historySize() == 0) {
			return List.of();
		}
		return this.samples.recent(panel, identifier, this.properties.historySize())
			.stream()
			.map(StatsMapper::toStatsSample)
			.toList();
	}

}
