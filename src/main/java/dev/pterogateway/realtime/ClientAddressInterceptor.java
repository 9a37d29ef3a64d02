package dev.pterogateway.realtime;

import java.net.InetSocketAddress;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Keeps the client's address from the WebSocket handshake in the session attributes, so
 * that commands sent over STOMP are audited with it.
 */
class ClientAddressInterceptor implements HandshakeInterceptor {

	private static final String ATTRIBUTE = ClientAddressInterceptor.class.getName() + ".address";

	static String of(@Nullable Map<String, Object> attributes) {
		Object address = (attributes != null) ? attributes.get(ATTRIBUTE) : null;
		return (address != null) ? address.toString() : "unknown";
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote != null && remote.getAddress() != null) {
			attributes.put(ATTRIBUTE, remote.getAddress().getHostAddress());
		}
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

}
