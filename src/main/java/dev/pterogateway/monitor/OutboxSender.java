package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what waits in the outbox. A failure leaves the mail queued and retries it after a
 * backoff that doubles each time (up to {@code ptero.mail.max-backoff}), so an SMTP
 * outage loses nothing and never slows the monitor.
 */
@Component
class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailProperties properties;

	private final MonitorMetrics metrics;

	private final Clock clock;

	OutboxSender(MailOutbox outbox, Notifications notifications, ObjectProvider<JavaMailSender> senders,
			MailProperties properties, MonitorMetrics metrics, Clock clock) {
		this.outbox = outbox;
		this.notifications = notifications;
		this.senders = senders;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ptero.mail.send-interval:5s}",
			initialDelayString = "${ptero.mail.send-interval:5s}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
	void sendDue() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (!this.notifications.enabled() || sender == null) {
			return;
		}
		Instant now = this.clock.instant();
		for (MailOutbox.QueuedMail queued : this.outbox.due(now, this.properties.maxAttempts(),
				this.properties.batchSize())) {
			try {
				sender.send(message(sender, queued.mail()));
				this.outbox.sent(queued.id(), this.clock.instant());
				this.metrics.mailSent();
			}
			catch (MailException | MessagingException ex) {
				Duration backoff = backoff(this.properties, queued.attempts());
				logger.warn("Could not send mail {} (attempt {}), retrying in {}: {}", queued.id(),
						queued.attempts() + 1, backoff, ex.getMessage());
				this.outbox.failed(queued.id(), this.clock.instant().plus(backoff), String.valueOf(ex.getMessage()));
				this.metrics.mailFailed();
			}
		}
	}

	static Duration backoff(MailProperties properties, int attemptsSoFar) {
		Duration backoff = properties.initialBackoff().multipliedBy(1L << Math.min(attemptsSoFar, 20));
		return (backoff.compareTo(properties.maxBackoff()) > 0) ? properties.maxBackoff() : backoff;
	}

	private MimeMessage message(JavaMailSender sender, Mail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		return message;
	}

}
