package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.pterogateway.auth.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downsampling and pruning against the database, at fixed instants long before anything
 * the running sweep writes, for servers nobody else uses.
 */
@MonitorIntegrationTest
class SampleRetentionIntegrationTests {

	private static final Instant T0 = Instant.parse("2020-03-01T00:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SampleStore samples;

	@Autowired
	private SampleRetention retention;

	@Test
	void pruneWhenRawSamplesAreOlderThanRetentionDeletesThemInBatchesAndKeepsNewerOnes() {
		String identifier = uniqueIdentifier();
		List<MetricSample> rows = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			rows.add(sample(identifier, T0.plus(Duration.ofMinutes(i)), 10 + i));
		}
		rows.add(sample(identifier, T0.plus(Duration.ofHours(30)), 50));
		this.samples.insert(rows);

		long pruned = new SampleRetention(this.samples, properties(10)).prune(T0.plus(Duration.ofHours(31)));

		assertThat(pruned).isGreaterThanOrEqualTo(25);
		assertThat(this.samples.count(SampleStore.RAW, "main", identifier)).isEqualTo(1);
		assertThat(this.samples.range(SampleStore.RAW, "main", identifier, T0, T0.plus(Duration.ofDays(2)), 10))
			.singleElement()
			.satisfies((kept) -> assertThat(kept.at()).isEqualTo(T0.plus(Duration.ofHours(30))));
	}

	@Test
	void downsampleFoldsRawSamplesIntoFiveMinuteAveragesThatOutliveThem() {
		String identifier = uniqueIdentifier();
		List<MetricSample> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rows.add(sample(identifier, T0.plus(Duration.ofMinutes(i)), (i < 5) ? 10 : 30));
		}
		this.samples.insert(rows);

		this.retention.fold(T0, T0.plus(Duration.ofMinutes(10)));
		new SampleRetention(this.samples, properties(100)).prune(T0.plus(Duration.ofDays(2)));

		assertThat(this.samples.count(SampleStore.RAW, "main", identifier)).isZero();
		List<MetricSample> averages = this.samples.range(SampleStore.FIVE_MINUTES, "main", identifier, T0,
				T0.plus(Duration.ofHours(1)), 10);
		assertThat(averages).extracting(MetricSample::at).containsExactly(T0, T0.plus(Duration.ofMinutes(5)));
		assertThat(averages).extracting(MetricSample::cpuAbsolute).containsExactly(10.0, 30.0);

		new SampleRetention(this.samples, properties(100)).prune(T0.plus(Duration.ofDays(31)));
		assertThat(this.samples.count(SampleStore.FIVE_MINUTES, "main", identifier)).isZero();
	}

	@Test
	void historyWhenRangeIsOlderThanRawRetentionReadsFiveMinuteAverages() {
		MonitorFixtures fixtures = new MonitorFixtures(this.context, this.port);
		MonitorFixtures.Owner owner = fixtures.owner("main");
		Instant old = Instant.now().minus(Duration.ofDays(3));
		Instant bucket = Averages.bucketOf(old, SampleRetention.BUCKET);
		this.samples.insertAverages(List.of(new Averages.Bucket(sample(owner.identifier(), bucket, 42), 10)));

		ApiClient.Reply reply = fixtures.api()
			.get("/api/server/" + owner.ref() + "/stats/history?from=" + bucket.minusSeconds(600) + "&to="
					+ bucket.plusSeconds(600), owner.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("resolution")).isEqualTo("5m");
		assertThat(reply.json().path("samples")).singleElement()
			.satisfies((sample) -> assertThat(sample.path("cpuAbsolute").asDouble()).isEqualTo(42.0));
		ApiClient.Reply backwards = fixtures.api()
			.get("/api/server/" + owner.ref() + "/stats/history?from=" + bucket + "&to=" + bucket.minusSeconds(1),
					owner.token());
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.text("code")).isEqualTo("invalid_history_range");
		fixtures.close();
	}

	private static MonitorProperties properties(int batchSize) {
		MonitorProperties defaults = AlertPolicyTests.properties(Duration.ofMinutes(15));
		return new MonitorProperties(true, defaults.interval(), defaults.budgetShare(), defaults.concurrency(),
				defaults.historySize(), defaults.cooldown(), defaults.hysteresis(), defaults.cpu(), defaults.memory(),
				defaults.disk(), new MonitorProperties.Retention(Duration.ofHours(24), Duration.ofDays(30), batchSize,
						Duration.ofMinutes(5)));
	}

	private static MetricSample sample(String identifier, Instant at, double cpu) {
		return new MetricSample("main", identifier, at, "running", cpu, cpu, 100, 200, 300, 400, 500);
	}

	private static String uniqueIdentifier() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
