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
 * Sends what waits in the outbox, apart from the sweep, so an SMTP outage never slows the
 * monitor. A failed mail is retried after a backoff that doubles each time (up to
 * {@code ptero.mail.max-backoff}): after transient failures (see {@link MailFailure})
 * until it is {@code ptero.mail.max-age} old, after permanent rejections until there were
 * {@code ptero.mail.max-rejections}. Then it stays in the outbox as failed, so an outage
 * loses nothing.
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
		for (MailOutbox.QueuedMail queued : this.outbox.due(this.clock.instant(), this.properties.batchSize())) {
			try {
				sender.send(message(sender, queued.mail()));
				this.outbox.sent(queued.id(), this.clock.instant());
				this.metrics.mailSent();
			}
			catch (MailException | MessagingException ex) {
				MailFailure failure = MailFailure.of(ex);
				failed(queued, failure);
				if (!failure.permanent()) {
					// the next mails would most likely meet the same outage: leave them
					// for the next run instead of waiting out a timeout for each
					return;
				}
			}
		}
	}

	private void failed(MailOutbox.QueuedMail queued, MailFailure failure) {
		this.metrics.mailFailed();
		Instant now = this.clock.instant();
		int attempt = queued.attempts() + 1;
		int rejections = queued.rejections() + (failure.permanent() ? 1 : 0);
		if (rejections >= this.properties.maxRejections()
				|| !now.isBefore(queued.createdAt().plus(this.properties.maxAge()))) {
			logger.error("Gave up on mail {} after {} attempts ({}); it stays in mail_outbox with failed_at set",
					queued.id(), attempt, failure.summary());
			this.outbox.giveUp(queued.id(), rejections, now, failure.summary());
			return;
		}
		Duration backoff = backoff(this.properties, queued.attempts());
		logger.warn("Could not send mail {} (attempt {}, {}), retrying in {}", queued.id(), attempt, failure.summary(),
				backoff);
		this.outbox.retryLater(queued.id(), rejections, now.plus(backoff), failure.summary());
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
