package dev.pterogateway.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/** A websocket client of the simulated Wings that records every frame it receives. */
final class WingsClient implements WebSocket.Listener {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<JsonNode> frames = new CopyOnWriteArrayList<>();

	private final StringBuilder partial = new StringBuilder();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final WebSocket socket;

	private WingsClient(URI socket, String origin) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.header("Origin", origin)
			.connectTimeout(Duration.ofSeconds(5))
			.buildAsync(socket, this)
			.join();
	}

	static WingsClient connect(String socket, String origin) {
		return new WingsClient(URI.create(socket), origin);
	}

	void send(String event, String... args) {
		ObjectNode frame = JsonNodeFactory.instance.objectNode().put("event", event);
		ArrayNode array = frame.putArray("args");
		for (String arg : args) {
			array.add(arg);
		}
		sendRaw(frame.toString());
	}

	void sendRaw(String text) {
		this.socket.sendText(text, true).join();
	}

	List<JsonNode> frames() {
		return this.frames;
	}

	List<JsonNode> frames(String event) {
		return this.frames.stream().filter((frame) -> frame.path("event").asString("").equals(event)).toList();
	}

	JsonNode awaitFrame(String event) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !frames(event).isEmpty());
		return frames(event).get(0);
	}

	JsonNode awaitFrame(String event, String arg) {
		await().atMost(Duration.ofSeconds(5))
			.until(() -> frames(event).stream()
				.anyMatch((frame) -> frame.path("args").path(0).asString("").equals(arg)));
		return frames(event).stream()
			.filter((frame) -> frame.path("args").path(0).asString("").equals(arg))
			.findFirst()
			.orElseThrow();
	}

	int awaitClose() {
		return this.closed.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();
	}

	void close() {
		this.socket.abort();
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.frames.add(MAPPER.readTree(this.partial.toString()));
			this.partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.closed.complete(-1);
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete(statusCode);
		return null;
	}

}
