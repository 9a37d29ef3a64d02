package dev.pterogateway.panel;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/** Reassembles text frames and hands them to the connection of their generation. */
final class WingsFrames implements WebSocket.Listener {

	private final WingsConnection connection;

	private final int generation;

	private final StringBuilder text = new StringBuilder();

	WingsFrames(WingsConnection connection, int generation) {
		this.connection = connection;
		this.generation = generation;
	}

	@Override
	public @Nullable CompletableFuture<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.text.append(data);
		if (last) {
			String frame = this.text.toString();
			this.text.setLength(0);
			WingsEvent.parse(frame).ifPresent((event) -> this.connection.received(this.generation, event));
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletableFuture<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.connection.dropped(this.generation, "Wings closed the socket (" + statusCode + ")");
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.connection.dropped(this.generation, "socket failed: " + WingsConnection.rootMessage(error));
	}

}
