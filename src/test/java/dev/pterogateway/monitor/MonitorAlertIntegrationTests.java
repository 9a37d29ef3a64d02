package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert policy end to end: the simulator's figures change, the sweep notices, and the
 * alerts show up (and clear) in {@code GET /api/alerts}.
 */
@MonitorIntegrationTest
class MonitorAlertIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SampleStore samples;

	private MonitorFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitorFixtures(this.context, this.port);
	}

	@AfterEach
	void tearDown() {
		this.fixtures.close();
	}

	@Test
	void cpuSpikeRaisesWarningThenCriticalHoldsWithinHysteresisThenClears() {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");

		this.fixtures.cpu(owner, 92);
		JsonNode warning = this.fixtures.awaitAlert(owner, "cpu", "warning", "open");
		assertThat(warning.path("value").asDouble()).isEqualTo(92.0);
		assertThat(warning.path("threshold").asDouble()).isEqualTo(90.0);

		this.fixtures.cpu(owner, 97);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		this.fixtures.awaitAlert(owner, "cpu", "warning", "cleared");

		this.fixtures.cpu(owner, 91);
		awaitMoreSamples(owner, 3);
		JsonNode open = this.fixtures.alerts(owner.token(), owner.ref(), "&status=open");
		assertThat(open).as("hysteresis keeps the critical alert at 91 %").hasSize(1);
		assertThat(open.get(0).path("level").asString()).isEqualTo("critical");

		this.fixtures.cpu(owner, 40);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.fixtures.alerts(owner.token(), owner.ref(), "&status=open")).isEmpty());
		JsonNode all = this.fixtures.alerts(owner.token(), owner.ref(), "");
		assertThat(all).hasSize(2);
		assertThat(all).allSatisfy((alert) -> assertThat(alert.path("status").asString()).isEqualTo("cleared"));
	}

	@Test
	void crashRaisesCriticalAlertButRequestedStopDoesNot() {
		MonitorFixtures.Owner crashing = this.fixtures.owner("oci");
		MonitorFixtures.Owner stopping = this.fixtures.owner("oci");
		awaitMoreSamples(crashing, 1);
		awaitMoreSamples(stopping, 1);

		this.fixtures.panel("oci").state().crash(crashing.identifier());
		ApiClient.Reply stop = this.fixtures.api()
			.post("/api/server/" + stopping.ref() + "/stop", stopping.token(), Map.of());
		assertThat(stop.status()).as(stop.body()).isEqualTo(200);

		JsonNode crash = this.fixtures.awaitAlert(crashing, "crash", "critical", "open");
		assertThat(crash.path("message").asString()).contains("without a stop request");
		awaitMoreSamples(stopping, 3);
		assertThat(this.fixtures.alerts(stopping.token(), stopping.ref(), "")).isEmpty();
	}

	@Test
	void alertsWhenListedShowOnlyOwnServersAndAdminsSeeAll() {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		MonitorFixtures.Owner other = this.fixtures.owner("main");
		this.fixtures.cpu(owner, 99);
		this.fixtures.cpu(other, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		this.fixtures.awaitAlert(other, "cpu", "critical", "open");

		ApiClient.Reply mine = this.fixtures.api().get("/api/alerts?level=critical", owner.token());
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().path("items")).isNotEmpty()
			.allSatisfy((alert) -> assertThat(alert.path("serverId").asString()).isEqualTo(owner.identifier()));

		ApiClient.Reply foreign = this.fixtures.api().get("/api/alerts?server=" + other.ref(), owner.token());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.text("code")).isEqualTo("server_not_found");

		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		assertThat(this.fixtures.alerts(admin.accessToken(), other.ref(), "&level=critical&status=open")).hasSize(1);

		ApiClient.Reply badLevel = this.fixtures.api().get("/api/alerts?level=severe", owner.token());
		assertThat(badLevel.status()).isEqualTo(400);
	}

	@Test
	void acknowledgeWhenAlertIsOwnMarksItAndForeignAnswersNotFound() {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		this.fixtures.cpu(owner, 99);
		long id = this.fixtures.awaitAlert(owner, "cpu", "critical", "open").path("id").asLong();

		TestAccounts.TestUser stranger = this.fixtures.accounts().user();
		ApiClient.Reply refused = this.fixtures.api().post("/api/alerts/" + id + "/ack", stranger.accessToken(), null);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.text("code")).isEqualTo("alert_not_found");

		ApiClient.Reply acknowledged = this.fixtures.api().post("/api/alerts/" + id + "/ack", owner.token(), null);
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
		assertThat(acknowledged.text("acknowledgedBy")).isEqualTo(owner.user().email());
		assertThat(acknowledged.text("status")).isEqualTo("open");
	}

	@Test
	void historyWhenServerWasSweptListsItsSamplesAndStatusCarriesThem() {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		awaitMoreSamples(owner, 2);

		ApiClient.Reply history = this.fixtures.api()
			.get("/api/server/" + owner.ref() + "/stats/history", owner.token());
		assertThat(history.status()).as(history.body()).isEqualTo(200);
		assertThat(history.text("resolution")).isEqualTo("raw");
		assertThat(history.json().path("samples").size()).isGreaterThanOrEqualTo(2);
		assertThat(history.json().path("samples").get(0).path("state").asString()).isEqualTo("running");

		ApiClient.Reply status = this.fixtures.api().get("/api/server/" + owner.ref() + "/status", owner.token());
		assertThat(status.status()).as(status.body()).isEqualTo(200);
		JsonNode recent = status.json().path("stats").path("data").path("history");
		assertThat(recent.size()).isGreaterThanOrEqualTo(2);
		assertThat(recent).allSatisfy((sample) -> {
			assertThat(sample.path("state").asString()).isEqualTo("running");
			assertThat(sample.path("cpuAbsolute").asDouble()).isEqualTo(10.0);
			assertThat(sample.path("memory").asLong()).isEqualTo(100 * 1024 * 1024);
		});
		JsonNode stored = this.fixtures.api()
			.get("/api/server/" + owner.ref() + "/stats/history", owner.token())
			.json()
			.path("samples");
		assertThat(recent.valueStream().map((sample) -> Instant.parse(sample.path("at").asString())))
			.as("stored samples, oldest first")
			.isSorted()
			.isSubsetOf(stored.valueStream().map((sample) -> Instant.parse(sample.path("at").asString())).toList());

		ApiClient.Reply foreign = this.fixtures.api()
			.get("/api/server/" + owner.ref() + "/stats/history", this.fixtures.accounts().user().accessToken());
		assertThat(foreign.status()).isEqualTo(404);
	}

	private void awaitMoreSamples(MonitorFixtures.Owner owner, int more) {
		long before = this.samples.count(SampleStore.RAW, owner.panel(), owner.identifier());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.samples.count(SampleStore.RAW, owner.panel(), owner.identifier()) >= before + more);
	}

}
