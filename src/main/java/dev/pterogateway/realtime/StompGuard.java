package dev.pterogateway.realtime;

import java.security.Principal;
import java.util.Set;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.CallerResolver;
import dev.pterogateway.server.ConsoleCommandService;
import dev.pterogateway.server.ServerAccess;
import dev.pterogateway.server.ServerNotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates the CONNECT frame with the same bearer tokens as REST, and checks every
 * SUBSCRIBE and SEND against the ownership rule. A refused frame makes the broker answer
 * with an ERROR frame and close the session.
 */
@Component
class StompGuard implements ChannelInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(StompGuard.class);

	private static final String BEARER = "Bearer ";

	/**
	 * Destinations under the user's own prefix that anyone connected may subscribe to.
	 */
	private static final Set<String> USER_QUEUES = Set.of("/user/queue/alerts", "/user/queue/errors");

	/**
	 * Every alert of every server and panel, for administrators only.
	 */
	static final String ADMIN_ALERTS = "/topic/alerts";

	private final CallerResolver callers;

	private final ServerAccess access;

	private final ConsoleCommandService commands;

	StompGuard(CallerResolver callers, ServerAccess access, ConsoleCommandService commands) {
		this.callers = callers;
		this.access = access;
		this.commands = commands;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (accessor == null || accessor.getCommand() == null) {
			return message;
		}
		StompCommand command = accessor.getCommand();
		if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
			accessor.setUser(authenticate(accessor.getFirstNativeHeader("Authorization")));
		}
		else if (command == StompCommand.SUBSCRIBE) {
			checkSubscribe(caller(accessor.getUser()), accessor.getDestination());
		}
		else if (command == StompCommand.SEND) {
			checkSend(caller(accessor.getUser()), accessor.getDestination(),
					ClientAddressInterceptor.of(accessor.getSessionAttributes()));
		}
		return message;
	}

	private Authentication authenticate(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new BadCredentialsException("CONNECT needs an 'Authorization: Bearer <token>' header.");
		}
		return this.callers.authenticate(authorization.substring(BEARER.length()));
	}

	private void checkSubscribe(Caller caller, @Nullable String destination) {
		if (destination != null && USER_QUEUES.contains(destination)) {
			return;
		}
		if (ADMIN_ALERTS.equals(destination)) {
			if (!caller.isAdmin()) {
				throw refused(caller, "subscribe to", destination);
			}
			return;
		}
		ServerTopic topic = (destination != null) ? ServerTopic.subscribable(destination).orElse(null) : null;
		if (topic == null) {
			throw refused(caller, "subscribe to", destination);
		}
		checkAccess(caller, topic, "subscribe to", destination);
	}

	/** Only console commands are sendable; a refused one is audited like on REST. */
	private void checkSend(Caller caller, @Nullable String destination, String clientAddress) {
		ServerTopic topic = (destination != null) ? ServerTopic.sendable(destination).orElse(null) : null;
		if (topic == null) {
			throw refused(caller, "send to", destination);
		}
		try {
			this.commands.authorize(topic.server(), caller, clientAddress);
		}
		catch (ServerNotFoundException ex) {
			throw refused(caller, "send to", destination);
		}
	}

	private void checkAccess(Caller caller, ServerTopic topic, String action, @Nullable String destination) {
		try {
			this.access.resolve(topic.server(), caller);
		}
		catch (ServerNotFoundException ex) {
			throw refused(caller, action, destination);
		}
	}

	private static AccessDeniedException refused(Caller caller, String action, @Nullable String destination) {
		logger.debug("Refused user {} to {} {}", caller.userId(), action, destination);
		return new AccessDeniedException("Not allowed to " + action + " '" + destination + "'.");
	}

	/**
	 * The caller a STOMP session authenticated as at CONNECT.
	 * @param user the session's user
	 * @return the caller
	 * @throws BadCredentialsException when the session has not connected with a token
	 */
	static Caller caller(@Nullable Principal user) {
		if (user instanceof Authentication authentication && authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		throw new BadCredentialsException("Not connected: send CONNECT with a bearer token first.");
	}

}
