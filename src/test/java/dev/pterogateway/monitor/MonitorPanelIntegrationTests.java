package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.ServerSeed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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

	@Autowired
	private MeterRegistry registry;

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
	void panelThatHangsSkipsItsTurnsWhileTheOtherPanelKeepsItsCadence() {
		MonitorFixtures.Owner onMain = this.fixtures.owner("main");
		double ociSkipped = skipped("oci");

		this.fixtures.panel("oci").faults().hangNext(100_000);

		await().atMost(Duration.ofSeconds(30)).until(() -> skipped("oci") >= ociSkipped + 2);
		long mainSweeps = sweeps("main");
		long ociSweeps = sweeps("oci");
		long mainSamples = this.samples.count(SampleStore.RAW, "main", onMain.identifier());
		await().atMost(Duration.ofSeconds(30)).until(() -> sweeps("main") >= mainSweeps + 5);
		assertThat(sweeps("oci") - ociSweeps).as("sweeps of the hanging panel finished meanwhile")
			.isLessThanOrEqualTo(1);
		assertThat(this.samples.count(SampleStore.RAW, "main", onMain.identifier()))
			.as("samples of the healthy panel's server")
			.isGreaterThanOrEqualTo(mainSamples + 4);
		assertThat(skipped("oci")).as("the hanging panel's turns are skipped and counted")
			.isGreaterThanOrEqualTo(ociSkipped + 4);
	}

	@Test
	void sweepWithManyServersKeepsEveryRunningServerFreshThroughWingsAndPollsWhereAStreamDies() {
		PanelSimulator oci = this.fixtures.panel("oci");
		List<String> many = IntStream.range(0, 30)
			.mapToObj((i) -> oci.state()
				.seedServer(ServerSeed.of("budget-" + i, TestAccounts.uniqueEmail("budget"))
					.withUuid(UUID.randomUUID().toString())
					.withPowerState(PowerState.RUNNING))
				.identifier())
			.toList();
		try {
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
			assertThat(resourcePolls(oci, null, windowStart)).as("servers without a live stream are still polled")
				.isPositive();

			String dying = many.stream()
				.filter((id) -> oci.requests()
					.stream()
					.anyMatch((request) -> request.pathAndQuery().equals(websocketPath(id))))
				.findFirst()
				.orElseThrow();
			oci.faults().failNext(100_000, 500, websocketPath(dying));
			Instant restarted = Instant.now();
			oci.restart();

			await().atMost(Duration.ofSeconds(40))
				.until(() -> resourcePolls(oci, dying, restarted) >= 2 && this.samples
					.range(SampleStore.RAW, "oci", dying, restarted.plusSeconds(3), Instant.now().plusSeconds(1), 100)
					.size() >= 2);
		}
		finally {
			this.fixtures.panel("oci").faults().clear();
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
		for (String call : List.of("listing", "resources")) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> count("ptero.monitor.panel.requests", "panel", "main", "call", call, "outcome",
						"success") > 0);
		}
		ApiClient.Reply prometheus = this.fixtures.api()
			.send("GET", "/actuator/prometheus",
					Map.of("Authorization", "Bearer " + admin.accessToken(), "Accept", "text/plain"), null);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body()).contains("ptero_monitor_sweep_duration_seconds_count{panel=\"main\"}");
	}

	@Test
	void alertsFiredAreCountedByKindAndLevel() {
		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		double before = count("ptero.monitor.alerts.fired", "kind", "cpu", "level", "critical");

		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");

		ApiClient.Reply metric = this.fixtures.api()
			.get("/actuator/metrics/ptero.monitor.alerts.fired?tag=kind:cpu&tag=level:critical", admin.accessToken());
		assertThat(metric.status()).isEqualTo(200);
		assertThat(metric.json().path("measurements").get(0).path("value").asDouble())
			.isGreaterThanOrEqualTo(before + 1);
	}

	private long sweeps(String panel) {
		Timer sweeps = this.registry.find("ptero.monitor.sweep.duration").tag("panel", panel).timer();
		return (sweeps != null) ? sweeps.count() : 0;
	}

	private double skipped(String panel) {
		return count("ptero.monitor.sweep.skipped", "panel", panel);
	}

	private double count(String name, String... tags) {
		Counter counter = this.registry.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String websocketPath(String identifier) {
		return "/api/client/servers/" + identifier + "/websocket";
	}

	private static long resourcePolls(PanelSimulator panel, String identifier, Instant since) {
		return panel.requests()
			.stream()
			.filter((request) -> request.pathAndQuery().endsWith("/resources")
					&& (identifier == null || request.pathAndQuery().contains("/" + identifier + "/")))
			.filter((request) -> !request.at().isBefore(since) && request.status() == 200)
			.count();
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
