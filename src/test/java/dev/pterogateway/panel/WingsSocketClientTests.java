package dev.pterogateway.panel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;

import dev.pterogateway.simulator.PowerState;
import dev.pterogateway.simulator.RecordedRequest;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The Wings websocket client against the simulator's Wings over real HTTP and WebSocket:
 * logs and live lines, token renewal on the same socket, reconnection after Wings
 * restarts, and the end on {@code deleted}.
 */
class WingsSocketClientTests {

	private static final WingsProperties FAST = new WingsProperties(20, Duration.ofMinutes(1), Duration.ofMillis(100),
			Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(2));

	private SimulatedPanel panel;

	private WingsSocketClient sockets;

	@AfterEach
	void tearDown() {
		if (this.sockets != null) {
			this.sockets.close();
		}
		if (this.panel != null) {
			this.panel.close();
		}
	}

	@Test
	void subscribeWhenServerRunsAuthenticatesAndReceivesLogsThenLiveLines() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		Events events = new Events();
		WingsSubscription subscription = this.sockets.subscribe("wings", identifier, events);

		subscription.connection().awaitAuthenticated(Duration.ofSeconds(5));
		await().untilAsserted(() -> assertThat(subscription.connection().state()).isEqualTo("running"));
		assertThat(subscription.connection().send(WingsEvent.of("send logs"))).isTrue();
		this.panel.panel().client().command(identifier, "say live");

		await().untilAsserted(() -> assertThat(events.lines()).contains("> say live"));
		assertThat(events.lines().get(events.lines().size() - 1)).isEqualTo("> say live");
		assertThat(events.lines()).hasSizeGreaterThan(1);
		assertThat(upgrades()).isEqualTo(1);
	}

	@Test
	void subscribeTwiceSharesOneConnection() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		Events first = new Events();
		Events second = new Events();
		WingsSubscription one = this.sockets.subscribe("wings", identifier, first);
		WingsSubscription two = this.sockets.subscribe("wings", identifier, second);
		one.connection().awaitAuthenticated(Duration.ofSeconds(5));

		this.panel.panel().client().command(identifier, "say both");

		assertThat(two.connection()).isSameAs(one.connection());
		await().untilAsserted(() -> assertThat(first.lines()).contains("> say both"));
		await().untilAsserted(() -> assertThat(second.lines()).contains("> say both"));
		assertThat(upgrades()).isEqualTo(1);
	}

	@Test
	void tokenExpiryRenewsTheTokenOnTheSameSocketAndEventsKeepFlowing() {
		String identifier = start(
				SimulatorSettings.defaults("wings").withWebsocketToken(Duration.ofSeconds(2), Duration.ofMillis(200)));
		Events events = new Events();
		WingsConnection connection = this.sockets.subscribe("wings", identifier, events).connection();
		connection.awaitAuthenticated(Duration.ofSeconds(5));
		Instant firstToken = tokenRequests().get(0);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> tokenRequests().stream().anyMatch((at) -> at.isAfter(firstToken.plusSeconds(2)))
					&& connection.isAuthenticated());
		this.panel.panel().client().command(identifier, "say renewed");

		await().untilAsserted(() -> assertThat(events.lines()).contains("> say renewed"));
		assertThat(upgrades()).as("renewed on the same socket").isEqualTo(1);
		assertThat(tokenRequests()).as("no token spent on repeated 'token expiring' frames").hasSizeLessThan(6);
	}

	@Test
	void wingsRestartReconnectsWithANewToken() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		Events events = new Events();
		WingsConnection connection = this.sockets.subscribe("wings", identifier, events).connection();
		connection.awaitAuthenticated(Duration.ofSeconds(5));

		this.panel.simulator().restart();

		await().untilAsserted(() -> assertThat(upgrades()).isEqualTo(2));
		connection.awaitAuthenticated(Duration.ofSeconds(5));
		this.panel.panel().client().command(identifier, "say again");
		await().untilAsserted(() -> assertThat(events.lines()).contains("> say again"));
	}

	@Test
	void deletedClosesTheConnectionForGood() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		Events events = new Events();
		WingsConnection connection = this.sockets.subscribe("wings", identifier, events).connection();
		connection.awaitAuthenticated(Duration.ofSeconds(5));

		this.panel.simulator().state().deleteServer(identifier);

		await().untilAsserted(() -> assertThat(events.closed).contains("server deleted"));
		assertThat(connection.isAuthenticated()).isFalse();
		assertThat(this.sockets.connectionCount()).isZero();
		assertThatExceptionOfType(WingsConnectionException.class)
			.isThrownBy(() -> connection.awaitAuthenticated(Duration.ofMillis(100)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(WingsConnectionException.Reason.CLOSED));
	}

	@Test
	void awaitAuthenticatedWhenWingsRefusesTheTokenFailsWithAuthFailed() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		WebsocketCredentials real = this.panel.panel().client().websocket(identifier);
		Events events = new Events();
		try (TestRuntime runtime = new TestRuntime()) {
			WingsConnection connection = new WingsConnection("wings:" + identifier,
					() -> new WebsocketCredentials(real.token() + "tampered", real.socket()),
					WingsSocketClient.origin(this.panel.simulator().url()), runtime);
			connection.addListener(events);
			connection.open();

			assertThatExceptionOfType(WingsConnectionException.class)
				.isThrownBy(() -> connection.awaitAuthenticated(Duration.ofSeconds(5)))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(WingsConnectionException.Reason.AUTH_FAILED))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(real.token()));
			// the listener hears of the close on the I/O thread, possibly after the
			// waiter was woken
			await()
				.untilAsserted(() -> assertThat(events.closed).singleElement().asString().startsWith("token refused"));
			assertThat(upgrades()).as("no reconnection with a refused token").isEqualTo(1);
		}
	}

	@Test
	void lastListenerLeavingClosesTheConnectionAfterTheIdleTimeout() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		WingsSubscription subscription = this.sockets.subscribe("wings", identifier, new Events());
		subscription.connection().awaitAuthenticated(Duration.ofSeconds(5));

		subscription.close();

		assertThat(this.sockets.connectionCount()).isOne();
		await().untilAsserted(() -> assertThat(this.sockets.connectionCount()).isZero());
		assertThat(subscription.connection().isAuthenticated()).isFalse();
	}

	@Test
	void idleTimeoutRunsFromTheLastListenerLeavingNotTheFirst() throws InterruptedException {
		String identifier = start(SimulatorSettings.defaults("wings"));
		WingsSubscription first = this.sockets.subscribe("wings", identifier, new Events());
		WingsSubscription second = this.sockets.subscribe("wings", identifier, new Events());
		first.connection().awaitAuthenticated(Duration.ofSeconds(5));
		Duration idle = FAST.idleTimeout();

		first.close();
		Thread.sleep(idle.toMillis() / 2);
		long secondLeft = System.nanoTime();
		second.close();
		await().pollInterval(Duration.ofMillis(5))
			.untilAsserted(() -> assertThat(this.sockets.connectionCount()).isZero());

		// a close can only be seen late, never early
		assertThat(Duration.ofNanos(System.nanoTime() - secondLeft)).isGreaterThanOrEqualTo(idle);
	}

	@Test
	void sendAndCollectWhenRunningAnswersTheLinesAfterTheCommand() {
		String identifier = start(SimulatorSettings.defaults("wings"));
		WingsConsole console = new WingsConsole(this.sockets, Duration.ofSeconds(5));

		ConsoleOutput output = console.sendAndCollect("wings", identifier,
				() -> this.panel.panel().client().command(identifier, "list"), Duration.ofSeconds(3));

		assertThat(output.timedOut()).isFalse();
		assertThat(output.lines()).containsExactly("> list");
	}

	private String start(SimulatorSettings settings) {
		this.panel = SimulatedPanel.start(settings);
		this.sockets = new WingsSocketClient(this.panel.registry(), FAST, Clock.systemUTC());
		return this.panel.simulator()
			.state()
			.seedServer(ServerSeed.of("Wings test", "wings-owner@example.com").withPowerState(PowerState.RUNNING))
			.identifier();
	}

	private long upgrades() {
		return this.panel.simulator().requests().stream().filter((request) -> request.status() == 101).count();
	}

	private List<Instant> tokenRequests() {
		return this.panel.simulator()
			.requests()
			.stream()
			.filter((request) -> request.pathAndQuery().endsWith("/websocket"))
			.map(RecordedRequest::at)
			.toList();
	}

	/** Timers and I/O for a connection made without a client. */
	private static final class TestRuntime implements WingsConnection.WingsRuntime, AutoCloseable {

		private final HttpClient http = HttpClient.newHttpClient();

		private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

		private final TokenThrottle throttle = new TokenThrottle(20, Duration.ofMinutes(1), Clock.systemUTC());

		@Override
		public HttpClient http() {
			return this.http;
		}

		@Override
		public ScheduledExecutorService scheduler() {
			return this.scheduler;
		}

		@Override
		public TokenThrottle throttle() {
			return this.throttle;
		}

		@Override
		public WingsProperties properties() {
			return FAST;
		}

		@Override
		public void closed(WingsConnection connection) {
		}

		@Override
		public void close() {
			this.scheduler.shutdownNow();
		}

	}

	/** Records console lines and the end. */
	private static final class Events implements WingsListener {

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final BlockingQueue<String> closed = new LinkedBlockingQueue<>();

		@Override
		public void onEvent(WingsEvent event) {
			if (event.is(WingsEvent.CONSOLE_OUTPUT)) {
				this.lines.add(event.argument());
			}
		}

		@Override
		public void onClosed(String reason) {
			this.closed.add(reason);
		}

		List<String> lines() {
			return List.copyOf(this.lines);
		}

	}

}
