package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Folds raw samples into 5-minute averages and prunes both tables past their retention,
 * in batches so that no statement locks the table for long.
 */
@Component
class SampleRetention {

	static final Duration BUCKET = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(SampleRetention.class);

	private static final int BUCKETS_PER_STEP = 12;

	private final SampleStore samples;

	private final MonitorProperties properties;

	SampleRetention(SampleStore samples, MonitorProperties properties) {
		this.samples = samples;
		this.properties = properties;
	}

	/**
	 * Downsamples every complete 5-minute bucket not done yet, then prunes.
	 * @param now the time to measure the retention from
	 * @return the rows pruned
	 */
	long run(Instant now) {
		downsample(now);
		return prune(now);
	}

	void downsample(Instant now) {
		Instant end = Averages.bucketOf(now, BUCKET);
		Instant latest = this.samples.latestBucket();
		Instant start = (latest != null) ? latest.plus(BUCKET) : null;
		if (start == null) {
			Instant oldest = this.samples.oldestRaw();
			if (oldest == null) {
				return;
			}
			start = Averages.bucketOf(oldest, BUCKET);
		}
		while (start.isBefore(end)) {
			Instant stepEnd = start.plus(BUCKET.multipliedBy(BUCKETS_PER_STEP));
			if (stepEnd.isAfter(end)) {
				stepEnd = end;
			}
			fold(start, stepEnd);
			start = stepEnd;
		}
	}

	long prune(Instant now) {
		MonitorProperties.Retention retention = this.properties.retention();
		long pruned = pruneTable(SampleStore.RAW, now.minus(retention.raw()), retention.batchSize())
				+ pruneTable(SampleStore.FIVE_MINUTES, now.minus(retention.downsampled()), retention.batchSize());
		if (pruned > 0) {
			logger.debug("Pruned {} metric samples", pruned);
		}
		return pruned;
	}

	void fold(Instant from, Instant to) {
		Map<String, List<MetricSample>> byServer = new LinkedHashMap<>();
		for (MetricSample sample : this.samples.rawBetween(from, to)) {
			byServer.computeIfAbsent(sample.panel() + ":" + sample.identifier(), (key) -> new ArrayList<>())
				.add(sample);
		}
		List<Averages.Bucket> averages = new ArrayList<>();
		byServer.values().forEach((serverSamples) -> averages.addAll(Averages.of(serverSamples, BUCKET)));
		this.samples.insertAverages(averages);
	}

	private long pruneTable(String table, Instant before, int batchSize) {
		long total = 0;
		int deleted;
		do {
			deleted = this.samples.deleteOlderThan(table, before, batchSize);
			total += deleted;
		}
		while (deleted == batchSize);
		return total;
	}

}
