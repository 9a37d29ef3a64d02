package dev.pterogateway.realtime;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.pterogateway.panel.WingsSocketClient;
import dev.pterogateway.server.ServerRef;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.OrderedMessageChannelDecorator;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;

/**
 * Relays Wings consoles to STOMP subscribers of
 * {@code /topic/servers.{panel}.{id}.console}: the first subscriber opens one upstream
 * connection per server (through {@link WingsSocketClient}, which keeps it a while after
 * the last one leaves), later ones share it. Each subscriber gets the recent lines first,
 * then live ones, on its own subscription and in order; the SUBSCRIBE header
 * {@code ansi: strip} removes ANSI colour codes for that subscriber. The subscription
 * itself was authorized by {@link StompGuard}.
 */
@Component
class ConsoleRelay {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleRelay.class);

	static final String ANSI_HEADER = "ansi";

	private final WingsSocketClient sockets;

	private final MessageChannel clientOutbound;

	private final RealtimeProperties properties;

	private final Clock clock;

	private final JsonMapper json;

	private final Map<ServerRef, ConsoleChannel> channels = new HashMap<>();

	private final Map<String, MessageChannel> sessions = new HashMap<>();

	ConsoleRelay(WingsSocketClient sockets, @Qualifier("clientOutboundChannel") MessageChannel clientOutbound,
			RealtimeProperties properties, Clock clock, JsonMapper json) {
		this.sockets = sockets;
		this.clientOutbound = clientOutbound;
		this.properties = properties;
		this.clock = clock;
		this.json = json;
	}

	@EventListener
	void subscribed(SessionSubscribeEvent event) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
		String destination = headers.getDestination();
		String sessionId = headers.getSessionId();
		String subscriptionId = headers.getSubscriptionId();
		Optional<ServerTopic> topic = (destination != null) ? ServerTopic.subscribable(destination) : Optional.empty();
		if (topic.isEmpty() || !"console".equals(topic.get().channel()) || sessionId == null
				|| subscriptionId == null) {
			return;
		}
		boolean strip = "strip".equalsIgnoreCase(headers.getFirstNativeHeader(ANSI_HEADER));
		ConsoleSubscriber subscriber = new ConsoleSubscriber(sessionId, subscriptionId, destination, strip,
				outbound(sessionId));
		channel(topic.get().server()).add(subscriber);
	}

	@EventListener
	void unsubscribed(SessionUnsubscribeEvent event) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
		if (headers.getSessionId() != null && headers.getSubscriptionId() != null) {
			leave(headers.getSessionId(), headers.getSubscriptionId());
		}
	}

	@EventListener
	void disconnected(SessionDisconnectEvent event) {
		leave(event.getSessionId(), null);
		synchronized (this) {
			this.sessions.remove(event.getSessionId());
		}
	}

	private synchronized ConsoleChannel channel(ServerRef server) {
		ConsoleChannel channel = this.channels.get(server);
		if (channel == null || channel.isOver()) {
			channel = new ConsoleChannel(server, this.properties.consoleHistory(), this.clock, this::deliver,
					this::ended);
			this.channels.put(server, channel);
			logger.debug("Relaying the console of {}", server);
			channel.attach(this.sockets.subscribe(server.panel(), server.identifier(), channel));
		}
		return channel;
	}

	/** The channel's upstream ended for good: the next subscriber gets a fresh one. */
	private void ended(ConsoleChannel channel) {
		synchronized (this) {
			this.channels.remove(channel.server(), channel);
		}
		logger.debug("The console relay of {} ended", channel.server());
		channel.close();
	}

	private void leave(String sessionId, @Nullable String subscriptionId) {
		synchronized (this) {
			this.channels.values().removeIf((channel) -> {
				if (!channel.remove(sessionId, subscriptionId)) {
					return false;
				}
				logger.debug("Nobody follows the console of {} any more", channel.server());
				channel.close();
				return true;
			});
		}
	}

	private synchronized MessageChannel outbound(String sessionId) {
		return this.sessions.computeIfAbsent(sessionId,
				(id) -> new OrderedMessageChannelDecorator(this.clientOutbound, LogFactory.getLog(ConsoleRelay.class)));
	}

	/** Sends straight to the subscription, as the broker would, so that order holds. */
	private void deliver(ConsoleSubscriber subscriber, ConsolePayload payload) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setSessionId(subscriber.sessionId());
		headers.setSubscriptionId(subscriber.subscriptionId());
		headers.setDestination(subscriber.destination());
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		headers.setLeaveMutable(true);
		Message<byte[]> frame = MessageBuilder.createMessage(payload.json(subscriber.stripAnsi(), this.json),
				headers.getMessageHeaders());
		subscriber.outbound().send(frame);
	}

}
