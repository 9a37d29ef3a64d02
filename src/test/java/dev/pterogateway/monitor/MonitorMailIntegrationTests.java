package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.UserSeed;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Critical alerts by mail, through the outbox, to a real SMTP server (GreenMail), which
 * tests stop, or replace with one that never answers, to play an outage.
 */
@MonitorIntegrationTest
class MonitorMailIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SampleStore samples;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private MailProperties mail;

	@Autowired
	private Clock clock;

	@Autowired
	private HealthContributorRegistry health;

	@Autowired
	private MeterRegistry meters;

	private MonitorFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitorFixtures(this.context, this.port);
	}

	@AfterEach
	void tearDown() {
		TestSmtp.start();
		this.fixtures.close();
	}

	@Test
	void criticalAlertSendsOneMailToTheOwnerAndEachAdminNotOnePerSweep() throws Exception {
		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");

		List<MimeMessage> mails = await().atMost(Duration.ofSeconds(20))
			.until(() -> critical(owner), (found) -> !found.isEmpty());
		await().atMost(Duration.ofSeconds(20)).until(() -> critical(admin.email(), owner), (found) -> !found.isEmpty());
		awaitMoreSamples(owner, 3);
		assertThat(critical(owner)).as("still one mail after more sweeps").hasSize(1);
		assertThat(critical(admin.email(), owner)).as("one mail to the admin too").hasSize(1);

		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains("CRITICAL cpu", owner.identifier());
		assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
		String body = bodyOf(mail);
		assertThat(body).contains("text/plain", "text/html", "Panel: main", "99.0 %",
				"https://gateway.example.test/api/alerts?server=main:" + owner.identifier());
	}

	@Test
	void warningAlertSendsNoMail() {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		this.fixtures.cpu(owner, 91);
		this.fixtures.awaitAlert(owner, "cpu", "warning", "open");
		awaitMoreSamples(owner, 3);
		assertThat(TestSmtp.receivedBy(owner.user().email()))
			.noneSatisfy((mail) -> assertThat(mail.getSubject()).contains("cpu"));
	}

	@Test
	void crashAlertIsMailedToTheOwnerAndAdmins() throws Exception {
		TestAccounts.TestUser admin = this.fixtures.accounts().admin();
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		awaitMoreSamples(owner, 1);

		this.fixtures.panel("oci").state().crash(owner.identifier());

		this.fixtures.awaitAlert(owner, "crash", "critical", "open");
		await().atMost(Duration.ofSeconds(20)).until(() -> critical(owner), (found) -> found.size() == 1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> critical(admin.email(), owner), (found) -> found.size() == 1);
		assertThat(critical(admin.email(), owner).get(0).getSubject()).contains("CRITICAL crash");
	}

	@Test
	void criticalAlertRaisedAgainWithinTheCooldownIsNotMailedAgain() {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		await().atMost(Duration.ofSeconds(20)).until(() -> critical(owner), (found) -> found.size() == 1);

		this.fixtures.cpu(owner, 10);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "cleared");
		this.fixtures.cpu(owner, 99);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.fixtures.alerts(owner.token(), owner.ref(), "&level=critical"),
					(alerts) -> alerts.size() == 2 && alerts.get(0).path("status").asString().equals("open"));
		awaitMoreSamples(owner, 3);
		assertThat(critical(owner)).as("the cooldown (1h) holds the second mail back").hasSize(1);
	}

	@Test
	void mailWhenSmtpIsDownIsRetriedPastTheRejectionLimitAndDeliveredOnceItIsBack() {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		double failedBefore = this.meters.counter("ptero.mail.failed").count();
		TestSmtp.stop();
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> failedAttempts(owner.user().email()) >= this.mail.maxRejections() + 2);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :recipient AND failed_at IS NOT NULL")
					.param("recipient", owner.user().email())
					.query(Integer.class)
					.single())
			.as("an outage is no rejection: the mail is not given up")
			.isZero();
		assertThat(this.meters.counter("ptero.mail.failed").count() - failedBefore)
			.isGreaterThanOrEqualTo(this.mail.maxRejections() + 2);

		TestSmtp.start();

		await().atMost(Duration.ofSeconds(20)).until(() -> critical(owner), (found) -> found.size() == 1);
	}

	@Test
	void mailStillUndeliveredAfterTheMaximumAgeIsKeptAsFailed() {
		String recipient = TestAccounts.uniqueEmail("old");
		TestSmtp.stop();

		this.outbox.enqueue("test:" + UUID.randomUUID(), new Mail(recipient, "old", "text", "<p>html</p>"),
				this.clock.instant().minus(this.mail.maxAge()).minusSeconds(60));

		Map<String, Object> row = awaitFailed(recipient);
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(row.get("sent_at")).isNull();
		assertThat((String) row.get("last_error")).startsWith("ConnectException");
	}

	@Test
	void mailRejectedForGoodIsKeptAsFailedAfterTheRejectionLimit() {
		String recipient = "<unclosed" + UUID.randomUUID();

		this.outbox.enqueue("test:" + UUID.randomUUID(), new Mail(recipient, "bad", "text", "<p>html</p>"),
				this.clock.instant());

		Map<String, Object> row = awaitFailed(recipient);
		assertThat(row.get("attempts")).isEqualTo(this.mail.maxRejections());
		assertThat(row.get("rejections")).isEqualTo(this.mail.maxRejections());
		assertThat(row.get("last_error")).isEqualTo("invalid address");
	}

	@Test
	void alertWhileSmtpHangsDoesNotHoldUpTheSweepAndTheSendTimesOut() {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		TestSmtp.BlackHole blackHole = TestSmtp.blackHole();
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		await().atMost(Duration.ofSeconds(20)).until(blackHole::connections, (connections) -> connections >= 1);

		awaitMoreSamples(owner, 2);
		assertThat(blackHole.hungUp()).as("the sweep went on while the sender waited for a greeting").isZero();

		await().atMost(Duration.ofSeconds(40)).until(blackHole::hungUp, (hungUp) -> hungUp >= 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> errors(owner.user().email()),
					(errors) -> errors.stream().anyMatch((error) -> error.startsWith("SocketTimeoutException")));
	}

	@Test
	void healthWhenSmtpIsDownStaysUp() {
		TestSmtp.stop();

		ApiClient.Reply health = this.fixtures.api().get("/actuator/health", null);

		assertThat(health.status()).as(health.body()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
		assertThat(this.health.getContributor("db")).isNotNull();
		assertThat(this.health.getContributor("mail")).as("no mail health indicator").isNull();
	}

	private List<MimeMessage> critical(MonitorFixtures.Owner owner) {
		return critical(owner.user().email(), owner);
	}

	private List<MimeMessage> critical(String recipient, MonitorFixtures.Owner owner) {
		return TestSmtp.receivedBy(recipient).stream().filter((message) -> {
			try {
				return message.getSubject().contains("CRITICAL") && message.getSubject().contains(owner.identifier());
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private int failedAttempts(String recipient) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient = :recipient AND sent_at IS NULL")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	private List<String> errors(String recipient) {
		return this.jdbc
			.sql("SELECT last_error FROM mail_outbox WHERE recipient = :recipient AND last_error IS NOT NULL")
			.param("recipient", recipient)
			.query(String.class)
			.list();
	}

	private Map<String, Object> awaitFailed(String recipient) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT * FROM mail_outbox WHERE recipient = :recipient")
				.param("recipient", recipient)
				.query()
				.singleRow(), (row) -> row.get("failed_at") != null);
	}

	private static String bodyOf(MimeMessage mail) throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		mail.writeTo(out);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void awaitMoreSamples(MonitorFixtures.Owner owner, int more) {
		long before = this.samples.count(SampleStore.RAW, owner.panel(), owner.identifier());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.samples.count(SampleStore.RAW, owner.panel(), owner.identifier()) >= before + more);
	}

}
