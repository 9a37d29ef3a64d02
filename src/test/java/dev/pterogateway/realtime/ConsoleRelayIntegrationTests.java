package dev.pterogateway.realtime;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.auth.TestAccounts.TestUser;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PowerSignal;
import dev.pterogateway.panel.WingsSocketClient;
import dev.pterogateway.panel.WingsSubscription;
import dev.pterogateway.server.ServerRef;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.RecordedRequest;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console relay with a real STOMP client against the simulated panels' Wings
 * websockets: recent lines then live ones, one upstream connection for every subscriber
 * kept for a grace period, lines as text, ANSI stripping on request, install output,
 * token renewal on {@code token expiring}, reconnection after Wings restarts, the typed
 * error of a refused token, and commands typed over STOMP by the owner only (others
 * audited as denied).
 */
@GatewayIntegrationTest
class ConsoleRelayIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels demoPanels;

	@Autowired
	private PanelRegistry panels;

	private TestAccounts accounts;

	private WebSocketStompClient client;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.context, new ApiClient(this.port));
		this.client = new WebSocketStompClient(new StandardWebSocketClient());
		// raw bytes for a byte[] payload whatever the content type, JSON for the rest
		ByteArrayMessageConverter raw = new ByteArrayMessageConverter();
		raw.setContentTypeResolver(null);
		this.client.setMessageConverter(new CompositeMessageConverter(List.of(raw, new JacksonJsonMessageConverter())));
	}

	@AfterEach
	void tearDown() {
		this.client.stop();
	}

	@Test
	void subscribeWhenServerRunsReceivesRecentLinesThenLiveLines() throws Exception {
		Owner owner = ownerOfARunningServer();
		type(owner, "say before");
		Messages messages = subscribe(connect(owner.user()), owner.topic(), false);

		await().atMost(WAIT).until(() -> messages.lines().contains("> say before"));
		type(owner, "say after");

		await().atMost(WAIT).until(() -> messages.lines().contains("> say after"));
		List<String> lines = messages.lines();
		assertThat(lines.indexOf("> say before")).isLessThan(lines.indexOf("> say after"));
		assertThat(messages.all()).allSatisfy((message) -> assertThat(message.path("at").asString()).isNotEmpty());
	}

	@Test
	void subscribeTwiceSharesOneUpstreamConnectionAndTheSecondGetsTheRecentLines() throws Exception {
		Owner owner = ownerOfARunningServer();
		type(owner, "say first");
		Messages first = subscribe(connect(owner.user()), owner.topic(), false);
		await().atMost(WAIT).until(() -> first.lines().contains("> say first"));

		Messages second = subscribe(connect(owner.user()), owner.topic(), false);
		await().atMost(WAIT).until(() -> second.lines().contains("> say first"));
		type(owner, "say both");

		await().atMost(WAIT).until(() -> first.lines().contains("> say both") && second.lines().contains("> say both"));
		assertThat(upgrades(owner)).isEqualTo(1);
	}

	@Test
	void subscribeWithAnsiStripReceivesLinesWithoutColourCodes() throws Exception {
		Owner owner = ownerOf(ServerSeed.of("Console ansi", TestAccounts.uniqueEmail("console")));
		StompSession session = connect(owner.user());
		Messages stripped = subscribe(session, owner.topic(), true);
		Messages raw = subscribe(session, owner.topic(), false);
		await().atMost(WAIT).until(() -> upgrades(owner) == 1);
		await().atMost(WAIT).until(() -> stripped.states().contains("offline"));

		this.panels.panel("oci").client().power(owner.identifier(), PowerSignal.START);

		await().atMost(WAIT).until(() -> stripped.states().contains("running"));
		await().atMost(WAIT).until(() -> raw.lines().stream().anyMatch((line) -> line.contains("Pterodactyl Daemon")));
		assertThat(stripped.lines()).anyMatch((line) -> line.startsWith("[Pterodactyl Daemon]: Checking server disk"))
			.noneMatch((line) -> line.contains("\u001b"));
		assertThat(raw.lines()).anyMatch((line) -> line.contains("\u001b[33m"));
	}

	@Test
	void lineWithMarkupArrivesAsTheSameTextNotAsHtml() throws Exception {
		Owner owner = ownerOfARunningServer();
		RawFrames raw = new RawFrames();
		StompHeaders headers = new StompHeaders();
		headers.setDestination(owner.topic());
		connect(owner.user()).subscribe(headers, raw);
		await().atMost(WAIT).until(() -> upgrades(owner) == 1);

		type(owner, "say <b>x</b> &");

		await().atMost(WAIT).until(() -> raw.bodies().stream().anyMatch((body) -> body.contains("<b>x</b>")));
		String body = raw.bodies().stream().filter((frame) -> frame.contains("<b>x</b>")).findFirst().orElseThrow();
		assertThat(body).contains("\"line\":\"> say <b>x</b> &\"");
		assertThat(raw.contentTypes()).allMatch((type) -> type.startsWith("application/json"));
	}

	@Test
	void tokenExpiringRenewsTheTokenOnTheSameUpstreamAndLinesKeepFlowing() throws Exception {
		Duration lifetime = Duration.ofSeconds(8);
		simulator().faults().expireWebsocketTokens(lifetime, Duration.ofSeconds(3), Duration.ofMillis(250));
		try {
			Owner owner = ownerOfARunningServer();
			Messages messages = subscribe(connect(owner.user()), owner.topic(), false);
			await().atMost(WAIT).until(() -> authentications(owner) == 1);
			Instant firstExpiry = tokenRequests(owner).get(0).plus(lifetime);

			await().atMost(WAIT).until(() -> authentications(owner) == 2);

			assertThat(tokenRequests(owner)).hasSize(2);
			assertThat(tokenRequests(owner).get(1)).as("renewed on 'token expiring', before the first token expired")
				.isBefore(firstExpiry);
			await().atMost(WAIT).until(() -> Instant.now().isAfter(firstExpiry.plusSeconds(1)));
			type(owner, "say renewed");
			await().atMost(WAIT).until(() -> messages.lines().contains("> say renewed"));
			assertThat(upgrades(owner)).as("renewed on the same socket").isEqualTo(1);
		}
		finally {
			simulator().faults().clear();
		}
	}

	@Test
	void lastSubscriberLeavingClosesTheUpstreamAfterTheGracePeriodAndReturningWithinItReusesIt() throws Exception {
		Owner owner = ownerOfARunningServer();
		StompSession session = connect(owner.user());
		Messages first = new Messages();
		StompSession.Subscription subscription = session.subscribe(owner.topic(), first);
		await().atMost(WAIT).until(() -> openWebsockets(owner) == 1 && first.states().contains("running"));

		subscription.unsubscribe();
		Messages returning = subscribe(session, owner.topic(), false);
		type(owner, "say still here");

		await().atMost(WAIT).until(() -> returning.lines().contains("> say still here"));
		assertThat(upgrades(owner)).as("the upstream of the grace period was reused").isEqualTo(1);
		session.disconnect();
		await().atMost(WAIT).until(() -> openWebsockets(owner) == 0);

		Messages later = subscribe(connect(owner.user()), owner.topic(), false);
		await().atMost(WAIT).until(() -> later.lines().contains("> say still here"));
		assertThat(upgrades(owner)).as("a new upstream after the grace period").isEqualTo(2);
	}

	@Test
	void reinstallRelaysTheInstallOutput() throws Exception {
		Owner owner = ownerOf(ServerSeed.of("Console install", TestAccounts.uniqueEmail("console")));
		Messages messages = subscribe(connect(owner.user()), owner.topic(), false);
		await().atMost(WAIT).until(() -> openWebsockets(owner) == 1 && messages.states().contains("offline"));

		this.panels.panel("oci").client().reinstall(owner.identifier());

		await().atMost(WAIT).until(() -> messages.of("install").size() >= 4);
		assertThat(messages.of("install")).contains("+ apt-get update -y")
			.anyMatch((line) -> line.startsWith("Installing "))
			.anyMatch((line) -> line.contains("Installation completed"));
		assertThat(messages.lines()).noneMatch((line) -> line.startsWith("Installing "));
	}

	@Test
	void tokenRefusedBeforeTheChannelIsAttachedStillTellsItsSubscribers() {
		Owner owner = ownerOfARunningServer();
		simulator().faults().refuseWebsocketAuth(owner.identifier());
		List<ConsoleMessage> delivered = new CopyOnWriteArrayList<>();
		ConsoleChannel channel = new ConsoleChannel(new ServerRef("oci", owner.identifier()), 10, Clock.systemUTC(),
				(subscriber, payload) -> delivered.add(payload.message()), (ended) -> {
				});
		try {
			WingsSubscription upstream = this.context.getBean(WingsSocketClient.class)
				.subscribe("oci", owner.identifier(), channel);
			await().atMost(WAIT).until(channel::isOver);

			channel.attach(upstream);
			channel.add(new ConsoleSubscriber("session", "0", owner.topic(), false, (message, timeout) -> true));

			assertThat(delivered).singleElement().satisfies((message) -> {
				assertThat(message.type()).isEqualTo("error");
				assertThat(message.code()).isEqualTo("console_auth_failed");
			});
		}
		finally {
			simulator().faults().clear();
			channel.close();
		}
	}

	@Test
	void tokenRefusedEndsTheRelayWithAnErrorAndTheNextSubscriberStartsAfresh() throws Exception {
		Owner owner = ownerOfARunningServer();
		simulator().faults().refuseWebsocketAuth(owner.identifier());
		try {
			Messages refused = subscribe(connect(owner.user()), owner.topic(), false);

			await().atMost(WAIT).until(() -> !refused.of("error").isEmpty());
			JsonNode error = refused.all()
				.stream()
				.filter((message) -> "error".equals(message.path("type").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(error.path("code").asString()).isEqualTo("console_auth_failed");
			assertThat(error.path("error").asString()).isNotBlank();
			assertThat(error.path("at").asString()).isNotEmpty();
		}
		finally {
			simulator().faults().clear();
		}
		Messages next = subscribe(connect(owner.user()), owner.topic(), false);
		type(owner, "say afresh");

		await().atMost(WAIT).until(() -> next.lines().contains("> say afresh"));
		assertThat(upgrades(owner)).isEqualTo(2);
		assertThat(next.of("error")).isEmpty();
	}

	@Test
	void upstreamDropWhenWingsRestartsReconnectsAndKeepsRelaying() throws Exception {
		Owner owner = ownerOfARunningServer();
		Messages messages = subscribe(connect(owner.user()), owner.topic(), false);
		await().atMost(WAIT).until(() -> upgrades(owner) == 1 && messages.states().contains("running"));

		simulator().restart();

		await().atMost(WAIT).until(() -> upgrades(owner) == 2);
		await().atMost(WAIT).untilAsserted(() -> {
			type(owner, "say back");
			assertThat(messages.lines()).contains("> say back");
		});
	}

	@Test
	void commandWhenOwnerSendsItReachesTheConsole() throws Exception {
		Owner owner = ownerOfARunningServer();
		StompSession session = connect(owner.user());
		Messages messages = subscribe(session, owner.topic(), false);

		session.send(commandHeaders(owner), Map.of("command", "say over stomp"));

		await().atMost(WAIT).until(() -> messages.lines().contains("> say over stomp"));
		assertThat(simulator().state().commands(owner.identifier())).containsExactly("say over stomp");
		TestUser admin = this.accounts.admin();
		await().atMost(WAIT).untilAsserted(() -> {
			ApiClient.Reply audit = new ApiClient(this.port).get(
					"/api/admin/audit?user=" + owner.user().email() + "&action=server.console.command",
					admin.accessToken());
			assertThat(audit.json().path("items")).singleElement()
				.satisfies((event) -> assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS"));
		});
	}

	@Test
	void commandWhenServerIsOfflineAnswersOnTheErrorQueue() throws Exception {
		Owner owner = ownerOf(ServerSeed.of("Console offline", TestAccounts.uniqueEmail("console")));
		StompSession session = connect(owner.user());
		Messages errors = subscribe(session, "/user/queue/errors", false);
		await().atMost(WAIT).untilAsserted(() -> {
			session.send(commandHeaders(owner), Map.of("command", "say nobody"));
			JsonNode error = errors.poll();
			assertThat(error).isNotNull();
			assertThat(error.path("code").asString()).isEqualTo("server_offline");
		});
	}

	@Test
	void commandWhenEmptyAnswersValidationFailedOnTheErrorQueue() throws Exception {
		Owner owner = ownerOfARunningServer();
		StompSession session = connect(owner.user());
		Messages errors = subscribe(session, "/user/queue/errors", false);
		await().atMost(WAIT).untilAsserted(() -> {
			session.send(commandHeaders(owner), Map.of("command", " "));
			JsonNode error = errors.poll();
			assertThat(error).isNotNull();
			assertThat(error.path("code").asString()).isEqualTo("validation_failed");
		});
		assertThat(simulator().state().commands(owner.identifier())).isEmpty();
	}

	@Test
	void commandWhenSenderIsNotTheOwnerIsRefused() throws Exception {
		Owner owner = ownerOfARunningServer();
		Frames frames = new Frames();
		TestUser stranger = this.accounts.user();
		StompSession session = connect(stranger, frames);

		session.send(commandHeaders(owner), Map.of("command", "op stranger"));

		assertThat(frames.errors.poll(5, TimeUnit.SECONDS)).contains("Not allowed to send");
		assertThat(simulator().state().commands(owner.identifier())).isEmpty();
		TestUser admin = this.accounts.admin();
		await().atMost(WAIT).untilAsserted(() -> {
			ApiClient.Reply audit = new ApiClient(this.port).get(
					"/api/admin/audit?user=" + stranger.email() + "&action=server.console.command",
					admin.accessToken());
			assertThat(audit.json().path("items")).singleElement().satisfies((event) -> {
				assertThat(event.path("outcome").asString()).isEqualTo("DENIED");
				assertThat(event.path("identifier").asString()).isEqualTo(owner.identifier());
				assertThat(event.toString()).doesNotContain("op stranger");
			});
		});
	}

	private Owner ownerOfARunningServer() {
		return ownerOf(
				ServerSeed.of("Console test", TestAccounts.uniqueEmail("console")).withPowerState(PowerState.RUNNING));
	}

	private Owner ownerOf(ServerSeed seed) {
		SimulatedServer server = simulator().state().seedServer(seed);
		return new Owner(this.accounts.loggedIn(Role.USER, seed.ownerEmail()), server.identifier(), server.uuid());
	}

	private PanelSimulator simulator() {
		return this.demoPanels.simulator("oci");
	}

	private void type(Owner owner, String command) {
		this.panels.panel("oci").client().command(owner.identifier(), command);
	}

	private int openWebsockets(Owner owner) {
		return simulator().state().openWebsockets(owner.identifier());
	}

	private int authentications(Owner owner) {
		return simulator().state().websocketAuthentications(owner.identifier());
	}

	private List<Instant> tokenRequests(Owner owner) {
		return simulator().requests()
			.stream()
			.filter((request) -> request.pathAndQuery()
				.equals("/api/client/servers/" + owner.identifier() + "/websocket"))
			.map(RecordedRequest::at)
			.toList();
	}

	private long upgrades(Owner owner) {
		return simulator().requests()
			.stream()
			.filter((request) -> request.status() == 101 && request.pathAndQuery().contains(owner.uuid()))
			.count();
	}

	private static StompHeaders commandHeaders(Owner owner) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination("/app/servers.oci." + owner.identifier() + ".command");
		return headers;
	}

	private StompSession connect(TestUser user) throws Exception {
		return connect(user, new Frames());
	}

	private StompSession connect(TestUser user, Frames frames) throws Exception {
		StompHeaders headers = new StompHeaders();
		headers.add("Authorization", "Bearer " + user.accessToken());
		return this.client
			.connectAsync("ws://127.0.0.1:" + this.port + "/ws", new WebSocketHttpHeaders(), headers, frames)
			.get(5, TimeUnit.SECONDS);
	}

	private static Messages subscribe(StompSession session, String destination, boolean stripAnsi) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination(destination);
		if (stripAnsi) {
			headers.add("ansi", "strip");
		}
		Messages messages = new Messages();
		session.subscribe(headers, messages);
		return messages;
	}

	private record Owner(TestUser user, String identifier, String uuid) {

		String topic() {
			return "/topic/servers.oci." + this.identifier + ".console";
		}

	}

	/** The messages of one subscription, in order. */
	private static final class Messages implements StompFrameHandler {

		private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

		private final List<JsonNode> seen = new CopyOnWriteArrayList<>();

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return JsonNode.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			this.seen.add((JsonNode) payload);
			this.received.add((JsonNode) payload);
		}

		List<JsonNode> all() {
			return List.copyOf(this.seen);
		}

		List<String> lines() {
			return of("line");
		}

		/**
		 * The {@code line} of the messages of a type, or their {@code code} for errors.
		 */
		List<String> of(String type) {
			return this.seen.stream()
				.filter((message) -> type.equals(message.path("type").asString()))
				.map((message) -> message.path("error".equals(type) ? "code" : "line").asString())
				.toList();
		}

		List<String> states() {
			return this.seen.stream()
				.filter((message) -> "status".equals(message.path("type").asString()))
				.map((message) -> message.path("state").asString())
				.toList();
		}

		@Nullable JsonNode poll() throws InterruptedException {
			return this.received.poll(500, TimeUnit.MILLISECONDS);
		}

	}

	/** The raw bodies and content types of one subscription's frames. */
	private static final class RawFrames implements StompFrameHandler {

		private final List<String> bodies = new CopyOnWriteArrayList<>();

		private final List<String> contentTypes = new CopyOnWriteArrayList<>();

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			this.contentTypes.add(String.valueOf(headers.getContentType()));
			this.bodies.add(new String((byte[]) payload, StandardCharsets.UTF_8));
		}

		List<String> bodies() {
			return List.copyOf(this.bodies);
		}

		List<String> contentTypes() {
			return List.copyOf(this.contentTypes);
		}

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

	}

}
