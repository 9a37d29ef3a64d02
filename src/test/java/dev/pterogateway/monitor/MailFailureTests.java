package dev.pterogateway.monitor;

import java.net.InetAddress;
import java.net.ServerSocket;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tells permanent from transient failures on the exceptions a real
 * {@link JavaMailSenderImpl} (Angus Mail) throws when talking to an SMTP server.
 */
class MailFailureTests {

	private static final String RECIPIENT = "someone@example.test";

	@Test
	void ofWhenRecipientIsRejectedWith5xxIsPermanentAndNamesNoAddress() throws Exception {
		try (ScriptedSmtpServer smtp = ScriptedSmtpServer.replying("250 OK",
				"550 5.1.1 <" + RECIPIENT + ">: user unknown", "250 OK")) {
			MailFailure failure = MailFailure.of(sendFails(smtp.port(), RECIPIENT));

			assertThat(failure).isEqualTo(new MailFailure(true, "SMTP 550: recipient rejected"));
		}
	}

	@Test
	void ofWhenRecipientIsDeferredWith4xxIsTransient() throws Exception {
		try (ScriptedSmtpServer smtp = ScriptedSmtpServer.replying("250 OK",
				"452 4.2.2 <" + RECIPIENT + ">: mailbox full", "250 OK")) {
			MailFailure failure = MailFailure.of(sendFails(smtp.port(), RECIPIENT));

			assertThat(failure).isEqualTo(new MailFailure(false, "SMTP 452: recipient refused"));
		}
	}

	@Test
	void ofWhenMessageIsRejectedAtItsEndIsPermanent() throws Exception {
		try (ScriptedSmtpServer smtp = ScriptedSmtpServer.replying("250 OK", "250 OK",
				"554 5.6.0 message content rejected")) {
			MailFailure failure = MailFailure.of(sendFails(smtp.port(), RECIPIENT));

			assertThat(failure).isEqualTo(new MailFailure(true, "SMTP 554: message rejected"));
		}
	}

	@Test
	void ofWhenServerIsBusyAtTheEndOfTheMessageIsTransient() throws Exception {
		try (ScriptedSmtpServer smtp = ScriptedSmtpServer.replying("250 OK", "250 OK", "451 4.3.0 try again later")) {
			assertThat(MailFailure.of(sendFails(smtp.port(), RECIPIENT)).permanent()).isFalse();
		}
	}

	@Test
	void ofWhenSenderIsRefusedIsTransientBecauseItConcernsEveryMail() throws Exception {
		try (ScriptedSmtpServer smtp = ScriptedSmtpServer.replying("530 5.7.0 authentication required", "250 OK",
				"250 OK")) {
			MailFailure failure = MailFailure.of(sendFails(smtp.port(), RECIPIENT));

			assertThat(failure).isEqualTo(new MailFailure(false, "SMTP 530: sender refused"));
		}
	}

	@Test
	void ofWhenNothingListensIsTransient() throws Exception {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort();
		}

		MailFailure failure = MailFailure.of(sendFails(port, RECIPIENT));

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.summary()).startsWith("ConnectException");
	}

	@Test
	void ofWhenAddressCannotBeParsedIsPermanent() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		MimeMessageHelper helper = new MimeMessageHelper(sender.createMimeMessage());

		assertThatExceptionOfType(jakarta.mail.MessagingException.class).isThrownBy(() -> helper.setTo("<unclosed"))
			.satisfies((ex) -> assertThat(MailFailure.of(ex)).isEqualTo(new MailFailure(true, "invalid address")));
	}

	private static MailException sendFails(int port, String recipient) throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message);
		helper.setFrom("gateway@example.test");
		helper.setTo(recipient);
		helper.setSubject("test");
		helper.setText("body");
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			return ex;
		}
		throw new AssertionError("the mail was accepted");
	}

}
