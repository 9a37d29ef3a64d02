package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.pterogateway.auth.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/server/{id}/stats/history?step=} over real HTTP: raw samples stored two
 * hours ago (long before anything the running sweep writes for the server) averaged over
 * the step, and a step that is not a positive duration refused.
 */
@MonitorIntegrationTest
class StatsHistoryIntegrationTests {

	private static final Duration STEP = Duration.ofMinutes(10);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SampleStore samples;

	private MonitorFixtures fixtures;

	private MonitorFixtures.Owner owner;

	private Instant bucket;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitorFixtures(this.context, this.port);
		this.owner = this.fixtures.owner("oci");
		this.bucket = Averages.bucketOf(Instant.now().minus(Duration.ofHours(2)), STEP);
	}

	@AfterEach
	void tearDown() {
		this.fixtures.close();
	}

	@Test
	void historyWhenStepIsGivenAveragesRawSamplesPerStep() {
		this.samples.insert(List.of(sample(this.bucket.plusSeconds(60), 10), sample(this.bucket.plusSeconds(180), 30),
				sample(this.bucket.plus(STEP).plusSeconds(60), 50)));

		ApiClient.Reply reply = history("&step=PT10M");

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("resolution")).isEqualTo("raw");
		assertThat(reply.json().path("step").asLong()).isEqualTo(STEP.toSeconds());
		JsonNode averaged = reply.json().path("samples");
		assertThat(averaged.valueStream().map((sample) -> sample.path("at").asString()))
			.containsExactly(this.bucket.toString(), this.bucket.plus(STEP).toString());
		assertThat(averaged.valueStream().map((sample) -> sample.path("cpuAbsolute").asDouble())).containsExactly(20.0,
				50.0);
		ApiClient.Reply unaveraged = history("");
		assertThat(unaveraged.json().path("samples")).hasSize(3);
		assertThat(unaveraged.json().path("step").asLong()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT0S", "-PT5M", "PT-1S" })
	void historyWhenStepIsNotPositiveAnswersBadRequest(String step) {
		ApiClient.Reply reply = history("&step=" + step);

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("invalid_history_range");
		assertThat(reply.text("error")).contains("step");
	}

	@Test
	void historyWhenStepIsNotADurationAnswersBadRequest() {
		ApiClient.Reply reply = history("&step=ten-minutes");

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().at("/fields/0/field").asString()).isEqualTo("step");
		assertThat(reply.json().at("/fields/0/message").asString())
			.isEqualTo("'ten-minutes' is not a duration (ISO 8601, e.g. PT5S)");
	}

	private ApiClient.Reply history(String query) {
		return this.fixtures.api()
			.get("/api/server/" + this.owner.ref() + "/stats/history?from=" + this.bucket + "&to="
					+ this.bucket.plus(STEP.multipliedBy(2)) + query, this.owner.token());
	}

	private MetricSample sample(Instant at, double cpu) {
		return new MetricSample(this.owner.panel(), this.owner.identifier(), at, "running", cpu, cpu, 100, 200, 300,
				400, 500);
	}

}
