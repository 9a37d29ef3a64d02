package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.RecordedRequest;
import dev.pterogateway.simulator.ServerSeed;
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
 * Panels are swept independently, and each within its rate-limit budget.
 */
@MonitorIntegrationTest
class MonitorPanelIntegrationTests {

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
		this.fixtures.panel("oci").restart();
		this.fixtures.close();
	}

	@Test
	void panelDownDoesNotStopTheOtherPanelsStatsAndAlertsAdmins() throws Exception {
		MonitorFixtures.Owner onMain = this.fixtures.owner("main");
		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		Instant stopped = Instant.now();

		this.fixtures.panel("oci").stop();

		JsonNode unreachable = await().atMost(Duration.ofSeconds(30))
			.until(() -> openPanelAlert(admin, "oci", stopped), (alert) -> alert != null);
		assertThat(unreachable.path("level").asString()).isEqualTo("critical");
		assertThat(unreachable.path("serverId").isNull()).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> TestSmtp.receivedBy(admin.email()), (mails) -> !mails.isEmpty());
		assertThat(TestSmtp.receivedBy(admin.email()).get(0).getSubject()).contains("panel_unreachable", "panel oci");
		long before = this.samples.count(SampleStore.RAW, "main", onMain.identifier());
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.samples.count(SampleStore.RAW, "main", onMain.identifier()) >= before + 3);
		assertThat(panelStatus(admin, "oci")).isEqualTo("degraded");
		assertThat(panelStatus(admin, "main")).isEqualTo("ok");
		assertThat(this.fixtures.api().get("/api/alerts", onMain.token()).json().path("items"))
			.as("panel alerts are for administrators")
			.noneSatisfy((alert) -> assertThat(alert.path("kind").asString()).isEqualTo("panel_unreachable"));

		this.fixtures.panel("oci").restart();

		await().atMost(Duration.ofSeconds(30)).until(() -> openPanelAlert(admin, "oci", stopped) == null);
		assertThat(panelStatus(admin, "oci")).isEqualTo("ok");
	}

	@Test
	void sweepWithManyServersStaysWithinHalfTheRateLimitAndKeepsEveryServerFreshThroughWings() {
		PanelSimulator oci = this.fixtures.panel("oci");
		List<String> many = java.util.stream.IntStream.range(0, 30)
			.mapToObj((i) -> oci.state()
				.seedServer(ServerSeed.of("budget-" + i, TestAccounts.uniqueEmail("budget"))
					.withUuid(java.util.UUID.randomUUID().toString())
					.withPowerState(PowerState.RUNNING))
				.identifier())
			.toList();
		try {
			Instant start = Instant.now();
			await().atMost(Duration.ofSeconds(40))
				.until(() -> many.stream().allMatch((id) -> this.samples.count(SampleStore.RAW, "oci", id) > 0));
			await().atMost(Duration.ofSeconds(40)).until(() -> streamed("oci") >= 25);
			Instant windowStart = Instant.now();
			await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(11)).until(() -> true);
			Instant windowEnd = Instant.now();
			assertThat(many).as("beyond the poll budget, Wings streams keep every server fresh")
				.allSatisfy((id) -> assertThat(
						this.samples.range(SampleStore.RAW, "oci", id, windowStart, windowEnd, 100).size())
					.isGreaterThanOrEqualTo(5));

			long polls = oci.requests()
				.stream()
				.filter((request) -> request.pathAndQuery().endsWith("/resources"))
				.map(RecordedRequest::at)
				.filter((at) -> !at.isBefore(windowStart) && at.isBefore(windowEnd))
				.count();
			double perMinute = polls * 60_000.0 / Duration.between(windowStart, windowEnd).toMillis();
			assertThat(perMinute).as("resource polls per minute (limit 720, share 50 %%)").isLessThanOrEqualTo(400);
			assertThat(polls).as("servers without a live stream are still polled").isPositive();
			assertThat(Duration.between(start, windowStart)).isLessThan(Duration.ofSeconds(40));
		}
		finally {
			many.forEach((id) -> oci.state().deleteServer(id));
		}
	}

	@Test
	void metricsWhenPanelsWereSweptAreExposedToAdministrators() {
		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		for (String name : List.of("ptero.monitor.sweep.duration", "ptero.monitor.servers.observed",
				"ptero.monitor.panel.requests", "ptero.monitor.panel.ratelimit.remaining")) {
			ApiClient.Reply metric = await().atMost(Duration.ofSeconds(10))
				.until(() -> this.fixtures.api()
					.get("/actuator/metrics/" + name + "?tag=panel:oci", admin.accessToken()),
						(reply) -> reply.status() == 200);
			assertThat(metric.json().path("measurements")).as(name).isNotEmpty();
		}
		ApiClient.Reply prometheus = this.fixtures.api()
			.send("GET", "/actuator/prometheus",
					java.util.Map.of("Authorization", "Bearer " + admin.accessToken(), "Accept", "text/plain"), null);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body()).contains("ptero_monitor_sweep_duration_seconds_count{panel=\"main\"}");
	}

	private JsonNode openPanelAlert(TestAccounts.TestUser admin, String panel, Instant since) {
		ApiClient.Reply reply = this.fixtures.api().get("/api/alerts?status=open&level=critical", admin.accessToken());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		for (JsonNode alert : reply.json().path("items")) {
			if (alert.path("kind").asString().equals("panel_unreachable")
					&& alert.path("panel").asString().equals(panel)
					&& !Instant.parse(alert.path("raisedAt").asString()).isBefore(since.minusSeconds(1))) {
				return alert;
			}
		}
		return null;
	}

	private int streamed(String panel) {
		ApiClient.Reply reply = this.fixtures.api()
			.get("/api/admin/monitor/panels", this.fixtures.accounts().admin().accessToken());
		for (JsonNode status : reply.json()) {
			if (status.path("panel").asString().equals(panel)) {
				return status.path("streamed").asInt();
			}
		}
		return 0;
	}

	private String panelStatus(TestAccounts.TestUser admin, String panel) {
		ApiClient.Reply reply = this.fixtures.api().get("/api/admin/monitor/panels", admin.accessToken());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		for (JsonNode status : reply.json()) {
			if (status.path("panel").asString().equals(panel)) {
				return status.path("status").asString();
			}
		}
		return "missing";
	}

}
