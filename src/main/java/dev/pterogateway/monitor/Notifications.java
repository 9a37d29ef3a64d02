package dev.pterogateway.monitor;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Queues notification mails in the outbox: critical alerts to the server's owners and the
 * administrators, new servers to their owners. With no SMTP host configured, mail is off
 * and nothing is queued.
 */
@Component
class Notifications {

	private static final Logger logger = LoggerFactory.getLogger(Notifications.class);

	private final MailOutbox outbox;

	private final MailComposer composer;

	private final Clock clock;

	private final boolean enabled;

	Notifications(MailOutbox outbox, MailProperties properties, Environment environment,
			ObjectProvider<JavaMailSender> senders, Clock clock) {
		this.outbox = outbox;
		this.composer = new MailComposer(properties);
		this.clock = clock;
		this.enabled = StringUtils.hasText(environment.getProperty("spring.mail.host"))
				&& senders.getIfAvailable() != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportMailOff() {
		if (!this.enabled) {
			logger.info("Mail is off: no SMTP host is configured (SMTP_HOST / spring.mail.host)");
		}
	}

	boolean enabled() {
		return this.enabled;
	}

	/**
	 * Queues the mails for an alert that fired: critical ones go to the owners and the
	 * administrators, once per alert.
	 * @param alert the alert
	 * @param owners the server's owners
	 * @param admins looks the administrators up, only when a mail is sent
	 */
	void alertRaised(Alert alert, List<Recipients.Recipient> owners, Supplier<List<Recipients.Recipient>> admins) {
		if (!this.enabled || !AlertLevel.CRITICAL.wireValue().equals(alert.level())) {
			return;
		}
		Set<String> addresses = new LinkedHashSet<>();
		owners.forEach((owner) -> addresses.add(owner.email()));
		admins.get().forEach((admin) -> addresses.add(admin.email()));
		for (String address : addresses) {
			this.outbox.enqueue("alert:" + alert.id(), this.composer.alert(alert, address), this.clock.instant());
		}
	}

	/**
	 * Queues the mail telling owners about a new server.
	 * @param panel the panel
	 * @param identifier the server
	 * @param name its name
	 * @param owners looks its owners up, only when mail is on
	 */
	void serverCreated(String panel, String identifier, String name, Supplier<List<Recipients.Recipient>> owners) {
		if (!this.enabled) {
			return;
		}
		for (Recipients.Recipient owner : owners.get()) {
			this.outbox.enqueue("created:" + panel + ":" + identifier,
					this.composer.serverCreated(panel, identifier, name, owner.email()), this.clock.instant());
		}
	}

}
