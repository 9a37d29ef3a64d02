package dev.pterogateway.realtime;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.auth.TestAccounts.TestUser;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.simulator.ServerSeed;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * STOMP with a real client over a real WebSocket: CONNECT needs a bearer token, and a
 * SUBSCRIBE reaches only the caller's own servers.
 */
@GatewayIntegrationTest
class StompSecurityIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels demoPanels;

	@Autowired
	private SimpMessagingTemplate messaging;

	private TestAccounts accounts;

	private WebSocketStompClient client;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.context, new ApiClient(this.port));
		this.client = new WebSocketStompClient(new StandardWebSocketClient());
		this.client.setMessageConverter(new StringMessageConverter());
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
	}

	@Test
	void connectWhenNoTokenIsRefusedWithErrorFrame() {
		Frames frames = new Frames();
		CompletableFuture<StompSession> session = connect(null, frames);
		assertThat(frames.nextError()).contains("Authorization: Bearer");
		assertThatException().isThrownBy(() -> session.get(5, TimeUnit.SECONDS));
	}

	@Test
	void connectWhenTokenIsGarbageIsRefused() {
		Frames frames = new Frames();
		CompletableFuture<StompSession> session = connect("not-a-token", frames);
		assertThat(frames.nextError()).isNotNull();
		assertThatException().isThrownBy(() -> session.get(5, TimeUnit.SECONDS));
	}

	@Test
	void subscribeWhenServerIsOwnReceivesItsStats() throws Exception {
		Owner owner = ownerOfANewServer();
		String topic = "/topic/servers.oci." + owner.identifier() + ".stats";
		StompSession session = connect(owner.user().accessToken(), new Frames()).get(5, TimeUnit.SECONDS);
		BlockingQueue<String> received = subscribe(session, topic);
		publishUntilReceived(topic, "{\"state\":\"running\"}", received);
	}

	@Test
	void subscribeWhenServerIsForeignIsRefusedAndReceivesNothing() throws Exception {
		Owner owner = ownerOfANewServer();
		TestUser stranger = this.accounts.user();
		Frames frames = new Frames();
		StompSession session = connect(stranger.accessToken(), frames).get(5, TimeUnit.SECONDS);
		String topic = "/topic/servers.oci." + owner.identifier() + ".stats";
		BlockingQueue<String> received = subscribe(session, topic);
		assertThat(frames.nextError()).contains("Not allowed to subscribe");
		this.messaging.convertAndSend(topic, "secret stats");
		assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void subscribeWhenDestinationIsNotAServerTopicIsRefused() throws Exception {
		TestUser user = this.accounts.user();
		Frames frames = new Frames();
		StompSession session = connect(user.accessToken(), frames).get(5, TimeUnit.SECONDS);
		subscribe(session, "/topic/everything");
		assertThat(frames.nextError()).contains("Not allowed to subscribe");
	}

	@Test
	void subscribeWhenCallerIsAdminReachesAnyServer() throws Exception {
		Owner owner = ownerOfANewServer();
		TestUser admin = this.accounts.admin();
		String topic = "/topic/servers.oci." + owner.identifier() + ".alerts";
		StompSession session = connect(admin.accessToken(), new Frames()).get(5, TimeUnit.SECONDS);
		BlockingQueue<String> received = subscribe(session, topic);
		publishUntilReceived(topic, "alert", received);
	}

	@Test
	void connectWhenTokenIsAnApiKeyIsAccepted() throws Exception {
		TestUser user = this.accounts.user();
		ApiClient.Reply created = new ApiClient(this.port).post("/api/auth/api-keys", user.accessToken(),
				Map.of("name", "stomp"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		StompSession session = connect(created.text("apiKey"), new Frames()).get(5, TimeUnit.SECONDS);
		assertThat(session.isConnected()).isTrue();
	}

	/**
	 * A gateway user linked (by e-mail, at login) to the panel user owning a new server
	 * on {@code oci}.
	 */
	private Owner ownerOfANewServer() {
		String email = TestAccounts.uniqueEmail("stomp");
		String identifier = this.demoPanels.simulator("oci")
			.state()
			.seedServer(ServerSeed.of("Stomp test", email))
			.identifier();
		return new Owner(this.accounts.loggedIn(Role.USER, email), identifier);
	}

	private CompletableFuture<StompSession> connect(@Nullable String token, Frames frames) {
		StompHeaders headers = new StompHeaders();
		if (token != null) {
			headers.add("Authorization", "Bearer " + token);
		}
		return this.client.connectAsync("ws://127.0.0.1:" + this.port + "/ws", new WebSocketHttpHeaders(), headers,
				frames);
	}

	private static BlockingQueue<String> subscribe(StompSession session, String destination) {
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

	/**
	 * The SUBSCRIBE is processed asynchronously, so publish until the subscription is in
	 * place.
	 */
	private void publishUntilReceived(String topic, String payload, BlockingQueue<String> received) {
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			this.messaging.convertAndSend(topic, payload);
			assertThat(received.poll(100, TimeUnit.MILLISECONDS)).isEqualTo(payload);
		});
	}

	private record Owner(TestUser user, String identifier) {

	}

	/** Collects the ERROR frames a session receives. */
	private static final class Frames extends StompSessionHandlerAdapter {

		private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			this.errors.add(String.valueOf(headers.getFirst("message")));
		}

		@Override
		public void handleException(StompSession session, @Nullable StompCommand command, StompHeaders headers,
				byte[] payload, Throwable exception) {
			this.errors.add(String.valueOf(exception.getMessage()));
		}

		@Nullable String nextError() {
			try {
				return this.errors.poll(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

	}

}
