package dev.pterogateway.monitor;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.server.ServerDirectory;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.ResourceOverride;
import dev.pterogateway.simulator.ServerSeed;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.springframework.web.socket.sockjs.client.RestTemplateXhrTransport;
import org.springframework.web.socket.sockjs.client.SockJsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What monitor tests need: running servers with fresh identifiers on the demo panels, the
 * users owning them, a STOMP client, and alerts read over the API.
 */
final class MonitorFixtures {

	static final long MIB = 1_048_576L;

	private final DemoPanels panels;

	private final ServerDirectory directory;

	private final ApiClient api;

	private final TestAccounts accounts;

	private final int port;

	private final List<WebSocketStompClient> clients = new ArrayList<>();

	MonitorFixtures(ApplicationContext context, int port) {
		this.panels = context.getBean(DemoPanels.class);
		this.directory = context.getBean(ServerDirectory.class);
		this.api = new ApiClient(port);
		this.accounts = new TestAccounts(context, this.api);
		this.port = port;
	}

	ApiClient api() {
		return this.api;
	}

	TestAccounts accounts() {
		return this.accounts;
	}

	PanelSimulator panel(String name) {
		return this.panels.simulator(name);
	}

	/**
	 * A logged-in user owning one new running server on the panel (seeded first, so that
	 * the login links the panel account).
	 */
	Owner owner(String panel) {
		return owner(panel, Function.identity());
	}

	Owner owner(String panel, Function<ServerSeed, ServerSeed> adjust) {
		String email = TestAccounts.uniqueEmail("monitor");
		String identifier = seed(panel, email, adjust);
		TestAccounts.TestUser user = this.accounts.loggedIn(Role.USER, email);
		return new Owner(user, panel, identifier);
	}

	/** A running server of a panel user no gateway user is linked to. */
	String foreignServer(String panel) {
		return seed(panel, TestAccounts.uniqueEmail("foreign"), Function.identity());
	}

	private String seed(String panel, String email, Function<ServerSeed, ServerSeed> adjust) {
		ServerSeed seed = adjust.apply(ServerSeed.of("mon-" + UUID.randomUUID().toString().substring(0, 6), email)
			.withUuid(UUID.randomUUID().toString())
			.withPowerState(PowerState.RUNNING));
		String identifier = panel(panel).state().seedServer(seed).identifier();
		panel(panel).state().overrideResources(identifier, new ResourceOverride(10.0, 100 * MIB, 100 * MIB));
		this.directory.refresh();
		return identifier;
	}

	/** Sets the CPU use (percent of one core; the seeded limit is one core). */
	void cpu(Owner owner, double percent) {
		panel(owner.panel()).state()
			.overrideResources(owner.identifier(), new ResourceOverride(percent, 100 * MIB, 100 * MIB));
	}

	/** The caller's alerts of one server and kind, newest first. */
	JsonNode alerts(String token, String serverRef, String query) {
		ApiClient.Reply reply = this.api.get("/api/alerts?server=" + serverRef + query, token);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json().path("items");
	}

	/**
	 * Waits for an alert of a kind and level on a server, open or not, and returns it.
	 */
	JsonNode awaitAlert(Owner owner, String kind, String level, String status) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> find(alerts(owner.token(), owner.ref(), ""), kind, level, status), (found) -> found != null);
	}

	static @Nullable JsonNode find(JsonNode items, String kind, String level, @Nullable String status) {
		for (JsonNode item : items) {
			if (item.path("kind").asString().equals(kind) && item.path("level").asString().equals(level)
					&& (status == null || item.path("status").asString().equals(status))) {
				return item;
			}
		}
		return null;
	}

	StompSession connect(String token, Frames frames) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new JsonAsString());
		this.clients.add(client);
		StompHeaders headers = new StompHeaders();
		headers.add("Authorization", "Bearer " + token);
		return client.connectAsync("ws://127.0.0.1:" + this.port + "/ws", new WebSocketHttpHeaders(), headers, frames)
			.get(5, TimeUnit.SECONDS);
	}

	/** Connects through the SockJS fallback with its XHR transport (no WebSocket). */
	StompSession connectSockJs(String token, Frames frames) throws Exception {
		SockJsClient sockJs = new SockJsClient(List.of(new RestTemplateXhrTransport()));
		WebSocketStompClient client = new WebSocketStompClient(sockJs);
		client.setMessageConverter(new JsonAsString());
		this.clients.add(client);
		StompHeaders headers = new StompHeaders();
		headers.add("Authorization", "Bearer " + token);
		return client
			.connectAsync("http://127.0.0.1:" + this.port + "/ws-sockjs", new WebSocketHttpHeaders(), headers, frames)
			.get(10, TimeUnit.SECONDS);
	}

	static BlockingQueue<String> subscribe(StompSession session, String destination) {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		session.subscribe(destination, new StompFrameHandler() {

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, @Nullable Object payload) {
				received.add(String.valueOf(payload));
			}

		});
		return received;
	}

	/** Waits for a message containing all the given fragments. */
	static String awaitMessage(BlockingQueue<String> received, String... fragments) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> received.poll(200, TimeUnit.MILLISECONDS),
					(message) -> message != null && containsAll(message, fragments));
	}

	private static boolean containsAll(String message, String... fragments) {
		for (String fragment : fragments) {
			if (!message.contains(fragment)) {
				return false;
			}
		}
		return true;
	}

	void close() {
		this.clients.forEach(WebSocketStompClient::stop);
		this.panels.simulator("main").faults().clear();
		this.panels.simulator("oci").faults().clear();
	}

	/**
	 * A logged-in user and their server.
	 */
	record Owner(TestAccounts.TestUser user, String panel, String identifier) {

		String token() {
			return this.user.accessToken();
		}

		String ref() {
			return this.panel + ":" + this.identifier;
		}

	}

	/** Hands JSON bodies over as text. */
	static final class JsonAsString extends StringMessageConverter {

		JsonAsString() {
			addSupportedMimeTypes(MimeTypeUtils.APPLICATION_JSON);
		}

	}

	/** Collects the ERROR frames a session receives. */
	static final class Frames extends StompSessionHandlerAdapter {

		final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			this.errors.add(String.valueOf(headers.getFirst("message")));
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			this.errors.add("transport: " + exception.getMessage());
		}

		@Override
		public void handleException(StompSession session, @Nullable StompCommand command, StompHeaders headers,
				byte[] payload, Throwable exception) {
			this.errors.add(String.valueOf(exception.getMessage()));
		}

	}

}
