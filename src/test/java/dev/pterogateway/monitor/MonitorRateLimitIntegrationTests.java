package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.pterogateway.SeparateTestDatabase;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.RecordedRequest;
import dev.pterogateway.simulator.SimulatedServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitor within a small rate limit (20 calls a minute per API, half of it for the
 * monitor) on panels with far more servers than that: every call the gateway's keys sent
 * in any minute is counted from the simulators' request logs.
 */
@SpringBootTest(properties = { "ptero.demo.realistic-timings=false", "ptero.demo.servers-per-panel=40",
		"ptero.demo.users-per-panel=2", "ptero.demo.rate-limit-per-minute=" + MonitorRateLimitIntegrationTests.LIMIT,
		"ptero.monitor.interval=1s", "ptero.monitor.budget-share=0.5", "logging.level.dev.pterogateway.monitor=DEBUG" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
class MonitorRateLimitIntegrationTests {

	static final int LIMIT = 20;

	private static final int SHARE = LIMIT / 2;

	@Autowired
	private DemoPanels panels;

	@Autowired
	private MeterRegistry registry;

	@Test
	void sweepWithSmallLimitNeverSendsMoreThanItsShareInAnyMinute() {
		PanelSimulator oci = this.panels.simulator("oci");
		Predicate<RecordedRequest> client = (request) -> request.pathAndQuery().startsWith("/api/client")
				&& key(oci.clientKey()).equals(request.keyIdentifier());
		Predicate<RecordedRequest> application = (request) -> request.pathAndQuery().startsWith("/api/application")
				&& key(oci.applicationKey()).equals(request.keyIdentifier());

		// without the budget, 15 sweeps would send at least 15 polls and the streams'
		// tokens
		await().atMost(Duration.ofSeconds(60)).until(() -> sweeps("oci") >= 15);

		assertThat(mostInAnyMinute(oci, client)).as("client-API calls in any minute").isBetween(SHARE / 2, SHARE);
		assertThat(mostInAnyMinute(oci, application)).as("application-API calls in any minute").isBetween(1, SHARE);
		assertThat(oci.requests()).as("no call was refused with 429").noneMatch((request) -> request.status() == 429);
		Set<String> offline = oci.state()
			.servers()
			.stream()
			.filter((server) -> server.powerState() != PowerState.RUNNING)
			.map(SimulatedServer::identifier)
			.collect(Collectors.toSet());
		assertThat(oci.requests()).as("no stream (nor its token) for a server that is not running")
			.filteredOn((request) -> request.pathAndQuery().endsWith("/websocket"))
			.noneMatch((request) -> offline.stream().anyMatch((id) -> request.pathAndQuery().contains(id)));
	}

	private long sweeps(String panel) {
		Timer sweeps = this.registry.find("ptero.monitor.sweep.duration").tag("panel", panel).timer();
		return (sweeps != null) ? sweeps.count() : 0;
	}

	private static int mostInAnyMinute(PanelSimulator panel, Predicate<RecordedRequest> which) {
		List<Instant> times = panel.requests().stream().filter(which).map(RecordedRequest::at).sorted().toList();
		int most = 0;
		for (int i = 0; i < times.size(); i++) {
			Instant end = times.get(i).plus(Duration.ofMinutes(1));
			int inMinute = 0;
			for (int j = i; j < times.size() && times.get(j).isBefore(end); j++) {
				inMinute++;
			}
			most = Math.max(most, inMinute);
		}
		return most;
	}

	private static String key(String key) {
		return key.substring(0, 16);
	}

}
