package dev.pterogateway.realtime;

import java.util.List;

import dev.pterogateway.monitor.Alert;
import dev.pterogateway.monitor.AlertCleared;
import dev.pterogateway.monitor.AlertRaised;
import dev.pterogateway.monitor.ServerStatsSampled;
import dev.pterogateway.server.ServerRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the monitor's events over STOMP: stats on
 * {@code /topic/servers.{panel}.{id}.stats}; alerts on
 * {@code /topic/servers.{panel}.{id}.alerts}, on each owner's {@code /user/queue/alerts}
 * and on the administrators' {@code /topic/alerts}. The broker hands messages to each
 * session's bounded outbound buffer, so a slow client never holds up the sweep.
 */
@Component
class MonitorBroadcaster {

	private static final Logger logger = LoggerFactory.getLogger(MonitorBroadcaster.class);

	private static final String USER_ALERTS = "/queue/alerts";

	private final SimpMessagingTemplate messaging;

	MonitorBroadcaster(SimpMessagingTemplate messaging) {
		this.messaging = messaging;
	}

	@EventListener
	void onStats(ServerStatsSampled stats) {
		send(ServerTopic.destination(new ServerRef(stats.panel(), stats.id()), "stats"), stats);
	}

	@EventListener
	void onRaised(AlertRaised raised) {
		publish(new AlertMessage("raised", raised.alert()), raised.ownerUserIds());
	}

	@EventListener
	void onCleared(AlertCleared cleared) {
		publish(new AlertMessage("cleared", cleared.alert()), cleared.ownerUserIds());
	}

	private void publish(AlertMessage message, List<Long> owners) {
		Alert alert = message.alert();
		if (alert.serverId() != null) {
			send(ServerTopic.destination(new ServerRef(alert.panel(), alert.serverId()), "alerts"), message);
		}
		for (Long owner : owners) {
			try {
				this.messaging.convertAndSendToUser(String.valueOf(owner), USER_ALERTS, message);
			}
			catch (MessagingException ex) {
				logger.debug("Could not publish alert {} to user {}: {}", alert.id(), owner, ex.getMessage());
			}
		}
		send(StompGuard.ADMIN_ALERTS, message);
	}

	private void send(String destination, Object payload) {
		try {
			this.messaging.convertAndSend(destination, payload);
		}
		catch (MessagingException ex) {
			logger.debug("Could not publish to {}: {}", destination, ex.getMessage());
		}
	}

	/**
	 * The body of alert messages.
	 *
	 * @param event {@code raised} or {@code cleared}
	 * @param alert the alert, as {@code GET /api/alerts} shows it
	 */
	record AlertMessage(String event, Alert alert) {

	}

}
