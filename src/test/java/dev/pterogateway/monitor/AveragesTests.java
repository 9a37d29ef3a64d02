package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AveragesTests {

	private static final Instant T0 = Instant.parse("2020-03-01T00:00:00Z");

	@Test
	void bucketOfWhenInstantLiesInsideAStepAlignsItToTheStepsStart() {
		Duration step = Duration.ofMinutes(5);

		assertThat(Averages.bucketOf(T0, step)).isEqualTo(T0);
		assertThat(Averages.bucketOf(T0.plusSeconds(299), step)).isEqualTo(T0);
		assertThat(Averages.bucketOf(T0.plusSeconds(300), step)).isEqualTo(T0.plusSeconds(300));
		assertThat(Averages.bucketOf(T0.minusMillis(1), step)).isEqualTo(T0.minusSeconds(300));
	}

	@Test
	void ofWhenSamplesFallIntoTwoBucketsAveragesCpuAndMemoryAndKeepsEachBucketsLastCounters() {
		List<MetricSample> samples = List.of(sample(T0.plusSeconds(60), "starting", 10.0, 20, 1000, 1),
				sample(T0.plusSeconds(180), "running", 30.0, 41, 3000, 2),
				sample(T0.plusSeconds(360), "running", null, 50, 5000, 3));

		List<Averages.Bucket> buckets = Averages.of(samples, Duration.ofMinutes(5));

		assertThat(buckets).extracting(Averages.Bucket::samples).containsExactly(2, 1);
		assertThat(buckets.get(0).average()).isEqualTo(new MetricSample("main", "1a7ce997", T0, "running", 20.0, 30.5,
				2000, 3000 * 10, 3000 * 100, 3000 * 1000, 2));
		assertThat(buckets.get(1).average()).isEqualTo(new MetricSample("main", "1a7ce997", T0.plusSeconds(300),
				"running", null, 50.0, 5000, 5000 * 10, 5000 * 100, 5000 * 1000, 3));
	}

	@Test
	void ofWhenAveragesHaveManyDecimalsRoundsCpuToHundredthsAndMemoryToWholeBytes() {
		List<MetricSample> samples = List.of(sample(T0, "running", 1.0, 1, 1, 1),
				sample(T0.plusSeconds(1), "running", 1.0, 1, 1, 1), sample(T0.plusSeconds(2), "running", 2.0, 2, 2, 1));

		MetricSample average = Averages.of(samples, Duration.ofMinutes(1)).get(0).average();

		assertThat(average.cpu()).isEqualTo(1.33);
		assertThat(average.cpuAbsolute()).isEqualTo(1.33);
		assertThat(average.memory()).isEqualTo(1);
	}

	@Test
	void ofWhenThereAreNoSamplesHasNoBuckets() {
		assertThat(Averages.of(List.of(), Duration.ofMinutes(5))).isEmpty();
	}

	private static MetricSample sample(Instant at, String state, Double cpu, double cpuAbsolute, long memory,
			long uptime) {
		return new MetricSample("main", "1a7ce997", at, state, cpu, cpuAbsolute, memory, memory * 10, memory * 100,
				memory * 1000, uptime);
	}

}
