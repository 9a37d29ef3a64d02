package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Averages samples of one server over fixed time buckets: mean CPU and memory; the last
 * state, disk, network counters and uptime of each bucket.
 */
final class Averages {

	private Averages() {
	}

	static Instant bucketOf(Instant at, Duration step) {
		long millis = step.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
	}

	/**
	 * Groups the samples of one server (oldest first) into buckets.
	 * @param samples the samples
	 * @param step the bucket width
	 * @return the bucket averages, oldest first, each stamped with its bucket's start
	 */
	static List<Bucket> of(List<MetricSample> samples, Duration step) {
		Map<Instant, List<MetricSample>> buckets = new LinkedHashMap<>();
		for (MetricSample sample : samples) {
			buckets.computeIfAbsent(bucketOf(sample.at(), step), (key) -> new ArrayList<>()).add(sample);
		}
		List<Bucket> averages = new ArrayList<>();
		buckets.forEach((start, members) -> averages.add(new Bucket(average(start, members), members.size())));
		return averages;
	}

	private static MetricSample average(Instant start, List<MetricSample> members) {
		MetricSample last = members.get(members.size() - 1);
		double cpuAbsolute = 0;
		double memory = 0;
		double cpuSum = 0;
		int cpuCount = 0;
		for (MetricSample sample : members) {
			cpuAbsolute += sample.cpuAbsolute();
			memory += sample.memory();
			if (sample.cpu() != null) {
				cpuSum += sample.cpu();
				cpuCount++;
			}
		}
		@Nullable Double cpu = (cpuCount > 0) ? Math.round(cpuSum / cpuCount * 100) / 100.0 : null;
		int n = members.size();
		return new MetricSample(last.panel(), last.identifier(), start, last.state(), cpu,
				Math.round(cpuAbsolute / n * 100) / 100.0, Math.round(memory / n), last.disk(), last.networkIn(),
				last.networkOut(), last.uptime());
	}

	/**
	 * One bucket's average.
	 *
	 * @param average the average, stamped with the bucket's start
	 * @param samples how many samples it averages
	 */
	record Bucket(MetricSample average, int samples) {

	}

}
