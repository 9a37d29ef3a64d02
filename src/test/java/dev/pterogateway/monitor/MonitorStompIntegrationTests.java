package dev.pterogateway.monitor;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.pterogateway.auth.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.stomp.StompSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live stats and alerts over a real STOMP client on a real WebSocket, published by the
 * monitor's sweep.
 */
@MonitorIntegrationTest
class MonitorStompIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

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
	void statsWhenServerIsOwnArriveEverySweep() throws Exception {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		StompSession session = this.fixtures.connect(owner.token(), new MonitorFixtures.Frames());
		BlockingQueue<String> stats = MonitorFixtures.subscribe(session,
				"/topic/servers.oci." + owner.identifier() + ".stats");
		String message = MonitorFixtures.awaitMessage(stats, "\"id\":\"" + owner.identifier() + "\"",
				"\"state\":\"running\"");
		assertThat(message).contains("\"panel\":\"oci\"", "\"cpuAbsolute\":10.0", "\"memory\":{\"used\":104857600");
		MonitorFixtures.awaitMessage(stats, "\"id\":\"" + owner.identifier() + "\"");
	}

	@Test
	void statsThroughTheSockJsFallbackArrive() throws Exception {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		StompSession session = this.fixtures.connectSockJs(owner.token(), new MonitorFixtures.Frames());
		BlockingQueue<String> stats = MonitorFixtures.subscribe(session,
				"/topic/servers.main." + owner.identifier() + ".stats");
		MonitorFixtures.awaitMessage(stats, "\"id\":\"" + owner.identifier() + "\"");
	}

	@Test
	void statsWhenServerIsForeignNeverArrive() throws Exception {
		String foreign = this.fixtures.foreignServer("oci");
		TestAccounts.TestUser stranger = this.fixtures.accounts().user();
		MonitorFixtures.Frames frames = new MonitorFixtures.Frames();
		StompSession session = this.fixtures.connect(stranger.accessToken(), frames);
		BlockingQueue<String> stats = MonitorFixtures.subscribe(session, "/topic/servers.oci." + foreign + ".stats");
		assertThat(frames.errors.poll(10, TimeUnit.SECONDS)).as("an ERROR frame or the connection closed").isNotNull();
		assertThat(stats.poll(3, TimeUnit.SECONDS)).isNull();
	}

	@Test
	void alertsWhenServerCrashesReachOwnerQueueServerTopicAndAdmins() throws Exception {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		StompSession ownerSession = this.fixtures.connect(owner.token(), new MonitorFixtures.Frames());
		BlockingQueue<String> queue = MonitorFixtures.subscribe(ownerSession, "/user/queue/alerts");
		BlockingQueue<String> topic = MonitorFixtures.subscribe(ownerSession,
				"/topic/servers.main." + owner.identifier() + ".alerts");
		BlockingQueue<String> stats = MonitorFixtures.subscribe(ownerSession,
				"/topic/servers.main." + owner.identifier() + ".stats");
		StompSession adminSession = this.fixtures.connect(this.fixtures.accounts().admin().accessToken(),
				new MonitorFixtures.Frames());
		BlockingQueue<String> admins = MonitorFixtures.subscribe(adminSession, "/topic/alerts");
		MonitorFixtures.awaitMessage(stats, "\"state\":\"running\"");

		this.fixtures.panel("main").state().crash(owner.identifier());

		String[] crash = { "\"event\":\"raised\"", "\"kind\":\"crash\"",
				"\"serverId\":\"" + owner.identifier() + "\"" };
		assertThat(MonitorFixtures.awaitMessage(queue, crash)).contains("\"level\":\"critical\"");
		MonitorFixtures.awaitMessage(topic, crash);
		MonitorFixtures.awaitMessage(admins, crash);
	}

	@Test
	void alertWhenItClearsIsPublishedOnTheServerTopicAndTheOwnerQueue() throws Exception {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		StompSession session = this.fixtures.connect(owner.token(), new MonitorFixtures.Frames());
		BlockingQueue<String> queue = MonitorFixtures.subscribe(session, "/user/queue/alerts");
		BlockingQueue<String> topic = MonitorFixtures.subscribe(session,
				"/topic/servers.oci." + owner.identifier() + ".alerts");
		BlockingQueue<String> stats = MonitorFixtures.subscribe(session,
				"/topic/servers.oci." + owner.identifier() + ".stats");
		MonitorFixtures.awaitMessage(stats, "\"state\":\"running\"");
		this.fixtures.cpu(owner, 99);
		String[] raised = { "\"event\":\"raised\"", "\"kind\":\"cpu\"", "\"serverId\":\"" + owner.identifier() + "\"" };
		MonitorFixtures.awaitMessage(queue, raised);
		MonitorFixtures.awaitMessage(topic, raised);

		this.fixtures.cpu(owner, 10);

		String[] cleared = { "\"event\":\"cleared\"", "\"kind\":\"cpu\"",
				"\"serverId\":\"" + owner.identifier() + "\"" };
		assertThat(MonitorFixtures.awaitMessage(queue, cleared)).contains("\"status\":\"cleared\"",
				"\"level\":\"critical\"");
		assertThat(MonitorFixtures.awaitMessage(topic, cleared)).contains("\"clearedAt\":\"");
	}

	@Test
	void subscribeToAllAlertsWhenCallerIsNoAdminIsRefused() throws Exception {
		TestAccounts.TestUser user = this.fixtures.accounts().user();
		MonitorFixtures.Frames frames = new MonitorFixtures.Frames();
		StompSession session = this.fixtures.connect(user.accessToken(), frames);
		BlockingQueue<String> alerts = MonitorFixtures.subscribe(session, "/topic/alerts");
		assertThat(frames.errors.poll(10, TimeUnit.SECONDS)).as("an ERROR frame or the connection closed").isNotNull();
		await().atMost(Duration.ofSeconds(5)).until(() -> !session.isConnected());
		assertThat(alerts).isEmpty();
	}

}
