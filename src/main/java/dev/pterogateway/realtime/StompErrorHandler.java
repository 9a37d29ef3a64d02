package dev.pterogateway.realtime;

import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Sends the client the reason its frame was refused ("Not allowed to subscribe to …")
 * instead of Spring's wrapper message about the inbound channel.
 */
class StompErrorHandler extends StompSubProtocolErrorHandler {

	@Override
	public @Nullable Message<byte[]> handleClientMessageProcessingError(@Nullable Message<byte[]> clientMessage,
			Throwable ex) {
		Throwable reason = (ex instanceof MessageDeliveryException && ex.getCause() != null) ? ex.getCause() : ex;
		return super.handleClientMessageProcessingError(clientMessage, reason);
	}

}
