package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SMTP settings as an operator gives them ({@code SMTP_*} environment variables) and
 * as the application's own {@code application.properties} maps them onto Spring's mail
 * properties, with the gateway's SMTP authentication rule.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withBean("smtpAuthentication", BeanPostProcessor.class, MonitorConfiguration::smtpAuthentication)
		.withUserConfiguration(MailSettings.class);

	@Test
	void smtpVariablesMapOntoSpringMailPropertiesWithStarttlsAndAuthentication() {
		this.runner
			.withInitializer(environment("SMTP_HOST", "smtp.example.test", "SMTP_PORT", "2525", "SMTP_USER", "mailer",
					"SMTP_PASS", "s3cret", "SMTP_FROM", "alerts@example.test"))
			.run((context) -> {
				JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
				assertThat(sender.getHost()).isEqualTo("smtp.example.test");
				assertThat(sender.getPort()).isEqualTo(2525);
				assertThat(sender.getUsername()).isEqualTo("mailer");
				assertThat(sender.getPassword()).isEqualTo("s3cret");
				assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
					.containsEntry("mail.smtp.auth", "true")
					.containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");
				assertThat(context.getBean(MailProperties.class).from()).isEqualTo("alerts@example.test");
			});
	}

	@Test
	void smtpVariablesWithoutUserLeaveAuthenticationOffAndStarttlsCanBeTurnedOff() {
		this.runner.withInitializer(environment("SMTP_HOST", "smtp.example.test", "SMTP_STARTTLS", "false"))
			.run((context) -> {
				JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
				assertThat(sender.getPort()).isEqualTo(587);
				assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "false")
					.doesNotContainKey("mail.smtp.auth");
				assertThat(context.getBean(MailProperties.class).from()).isEqualTo("ptero-gateway@localhost");
			});
	}

	@Test
	void sendWhenSmtpUserIsSetAuthenticatesAgainstTheServer() {
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			smtp.setUser("mailer@example.test", "mailer", "s3cret");
			String port = String.valueOf(smtp.getSmtp().getPort());
			this.runner
				.withInitializer(environment("SMTP_HOST", "127.0.0.1", "SMTP_PORT", port, "SMTP_USER", "mailer",
						"SMTP_PASS", "s3cret"))
				.run((context) -> context.getBean(JavaMailSenderImpl.class).send(mail("owner@example.test")));
			assertThat(smtp.getReceivedMessages()).hasSize(1);

			this.runner
				.withInitializer(environment("SMTP_HOST", "127.0.0.1", "SMTP_PORT", port, "SMTP_USER", "mailer",
						"SMTP_PASS", "wrong"))
				.run((context) -> assertThatExceptionOfType(MailAuthenticationException.class)
					.isThrownBy(() -> context.getBean(JavaMailSenderImpl.class).send(mail("owner@example.test"))));
			assertThat(smtp.getReceivedMessages()).as("a wrong password is refused, so AUTH was used").hasSize(1);
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void startWithoutSmtpHostTurnsMailOffAndSaysSoOnceNotPerAlert(CapturedOutput output) {
		this.runner
			.withBean(MailOutbox.class,
					() -> new MailOutbox(JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:no-outbox-table"))))
			.withBean(Clock.class, Clock::systemUTC)
			.withBean(Notifications.class)
			.run((context) -> {
				ready(context);
				Notifications notifications = context.getBean(Notifications.class);
				Alert alert = new Alert(7, "oci", "1a7ce997", "Lobby", "cpu", "critical", 99.0, 95.0, "CPU at 99 %",
						Instant.parse("2026-01-01T12:00:00Z"), null, null, null, 3L);
				List<Recipients.Recipient> owners = List.of(new Recipients.Recipient(3, "owner@example.test"));
				for (int i = 0; i < 3; i++) {
					notifications.alertRaised(alert, owners, List::of);
					notifications.serverCreated("oci", "1a7ce997", "Lobby", () -> owners);
				}
				assertThat(notifications.enabled()).isFalse();
			});
		assertThat(output.getOut().split("Mail is off", -1)).as("logged once").hasSize(2);
	}

	private static void ready(AssertableApplicationContext context) {
		ConfigurableApplicationContext source = context.getSourceApplicationContext();
		source.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], source, Duration.ZERO));
	}

	private static org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext> environment(
			String... namesAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return (context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("testEnvironment", variables));
	}

	private static SimpleMailMessage mail(String recipient) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom("gateway@example.test");
		mail.setTo(recipient);
		mail.setSubject("hello");
		mail.setText("body");
		return mail;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailProperties.class)
	static class MailSettings {

	}

}
