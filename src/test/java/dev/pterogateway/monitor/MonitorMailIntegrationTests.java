package dev.pterogateway.monitor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.UserSeed;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Critical alerts by mail, through the outbox, to a real SMTP server (GreenMail).
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
	void criticalAlertSendsOneMailToTheOwnerNotOnePerSweep() throws Exception {
		MonitorFixtures.Owner owner = this.fixtures.owner("main");
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");

		List<MimeMessage> mails = await().atMost(Duration.ofSeconds(20))
			.until(() -> critical(owner), (found) -> !found.isEmpty());
		awaitMoreSamples(owner, 3);
		assertThat(critical(owner)).as("still one mail after more sweeps").hasSize(1);

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
	void mailWhenSmtpIsDownIsDeliveredOnceItIsBack() {
		MonitorFixtures.Owner owner = this.fixtures.owner("oci");
		TestSmtp.stop();
		this.fixtures.cpu(owner, 99);
		this.fixtures.awaitAlert(owner, "cpu", "critical", "open");
		await().atMost(Duration.ofSeconds(20)).until(() -> failedAttempts(owner.user().email()) >= 2);

		TestSmtp.start();

		await().atMost(Duration.ofSeconds(20)).until(() -> critical(owner), (found) -> found.size() == 1);
	}

	@Test
	void serverCreatedAfterTheFirstSweepIsMailedToItsOwner() throws Exception {
		String email = TestAccounts.uniqueEmail("creator");
		this.fixtures.panel("main").state().seedUser(new UserSeed(email, email.substring(0, 15), false));
		TestAccounts.TestUser user = this.fixtures.accounts().loggedIn(Role.USER, email);
		String identifier = this.fixtures.panel("main")
			.state()
			.seedServer(ServerSeed.of("brand-new", email).withUuid(UUID.randomUUID().toString()))
			.identifier();

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestSmtp.receivedBy(user.email()), (found) -> !found.isEmpty())
			.get(0);
		assertThat(mail.getSubject()).contains("Server created", "brand-new", "main:" + identifier);
	}

	private List<MimeMessage> critical(MonitorFixtures.Owner owner) {
		return TestSmtp.receivedBy(owner.user().email()).stream().filter((message) -> {
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
