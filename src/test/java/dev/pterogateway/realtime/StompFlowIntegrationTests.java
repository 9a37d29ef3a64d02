package dev.pterogateway.realtime;

import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.config.WebSocketMessageBrokerStats;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * STOMP flow control on a real socket: heartbeats at the negotiated interval, and a
 * client that stops reading is disconnected by the bounded outbound buffer while the
 * publisher and the other clients go on. Small limits keep the test short.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = { "ptero.realtime.heartbeat=1s", "ptero.realtime.send-buffer-size=64KB",
		"ptero.realtime.send-time-limit=2s" })
class StompFlowIntegrationTests {

	/** Under the Tomcat client's default 8 KB text buffer. */
	private static final String FILLER = "x".repeat(4000);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SimpMessagingTemplate messaging;

	@Autowired
	private WebSocketMessageBrokerStats stats;

	@Autowired
	private RealtimeProperties properties;

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
	void connectWhenClientWantsHeartbeatsGetsThemAtTheNegotiatedInterval() throws Exception {
		long interval = this.properties.heartbeat().toMillis();
		try (RawStompSocket socket = RawStompSocket.open(this.port, 65536)) {
			socket.send("CONNECT", "accept-version", "1.2", "host", "127.0.0.1", "heart-beat", "0," + interval,
					"Authorization", "Bearer " + this.accounts.user().accessToken());

			assertThat(socket.readUntil("CONNECTED").text()).contains("heart-beat:" + interval + "," + interval);
			List<Long> beats = new ArrayList<>();
			socket.timeout((int) interval * 5);
			while (beats.size() < 3) {
				RawStompSocket.Frame frame = socket.read();
				assertThat(frame.text()).as("a heartbeat is a lone EOL").isEqualTo("\n");
				beats.add(System.nanoTime());
			}
			assertThat(TimeUnit.NANOSECONDS.toMillis(beats.get(2) - beats.get(0)))
				.as("two heartbeat intervals, not sent more often")
				.isGreaterThanOrEqualTo(interval);
		}
	}

	@Test
	void publishWhenOneClientStopsReadingDisconnectsItWhileOthersKeepReceiving() throws Exception {
		String token = this.accounts.admin().accessToken();
		int limitExceeded = this.stats.getWebSocketSessionStats().getLimitExceededSessions();
		try (RawStompSocket stalled = RawStompSocket.open(this.port, 4096)) {
			stalled.send("CONNECT", "accept-version", "1.2", "host", "127.0.0.1", "heart-beat", "0,0", "Authorization",
					"Bearer " + token);
			stalled.readUntil("CONNECTED");
			stalled.send("SUBSCRIBE", "id", "0", "destination", StompGuard.ADMIN_ALERTS);
			awaitProbe(() -> receivedByRawSocket(stalled));
			List<String> received = new CopyOnWriteArrayList<>();
			// the reading client may lag 10 messages (40 KB, under its 64 KB limit); the
			// stalled one falls behind for good
			Semaphore window = new Semaphore(10);
			connect(token, received, window);
			awaitProbe(() -> received.stream().anyMatch("probe"::equals));
			window.drainPermits();
			window.release(10);

			int count = 2000;
			CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < count; i++) {
					acquire(window);
					this.messaging.convertAndSend(StompGuard.ADMIN_ALERTS, i + ":" + FILLER);
				}
			});

			await().atMost(Duration.ofSeconds(60)).until(publishing::isDone);
			assertThat(publishing).isCompleted();
			await().atMost(Duration.ofSeconds(20)).until(() -> received(received, count - 1));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.stats.getWebSocketSessionStats().getLimitExceededSessions() > limitExceeded);
			assertDisconnected(stalled);
		}
	}

	@Test
	void stompChannelsRunOnThreadsOfTheirOwnNotOnTheMonitorJobThreads() {
		ThreadPoolTaskScheduler jobs = this.context.getBean("taskScheduler", ThreadPoolTaskScheduler.class);
		for (String channel : List.of("clientInboundChannel", "clientOutboundChannel")) {
			Executor executor = this.context.getBean(channel, ExecutorSubscribableChannel.class).getExecutor();
			assertThat(executor).as(channel).isNotSameAs(jobs).isInstanceOf(ThreadPoolTaskExecutor.class);
			assertThat(((ThreadPoolTaskExecutor) executor).getThreadNamePrefix()).as(channel).startsWith("stomp-");
		}
	}

	private static boolean received(List<String> received, int index) {
		String prefix = index + ":";
		return received.stream().anyMatch((message) -> message.startsWith(prefix));
	}

	/** Publishes probes until the condition holds, i.e. the subscription is in place. */
	private void awaitProbe(Callable<Boolean> received) {
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			this.messaging.convertAndSend(StompGuard.ADMIN_ALERTS, "probe");
			return received.call();
		});
	}

	private static boolean receivedByRawSocket(RawStompSocket socket) throws IOException {
		socket.timeout(300);
		try {
			return socket.readUntil("MESSAGE").text().endsWith("probe\0");
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

	/**
	 * Drains what the server had sent before it gave up on the socket: the end is a close
	 * frame or the connection's end, never a wait for more.
	 */
	private static void assertDisconnected(RawStompSocket socket) throws IOException {
		socket.timeout(10_000);
		try {
			while (!socket.read().isClose()) {
				// messages sent before the limit was exceeded
			}
		}
		catch (EOFException | SocketException ex) {
			// closed without a close frame: its send buffer was full
		}
		catch (SocketTimeoutException ex) {
			fail("the stalled client is still connected");
		}
	}

	private static void acquire(Semaphore window) {
		try {
			if (!window.tryAcquire(20, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The reading client received nothing for 20 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void connect(String token, List<String> received, Semaphore window) throws Exception {
		StompHeaders headers = new StompHeaders();
		headers.add("Authorization", "Bearer " + token);
		StompSession session = this.client.connectAsync("ws://127.0.0.1:" + this.port + "/ws",
				new WebSocketHttpHeaders(), headers, new StompSessionHandlerAdapter() {
				})
			.get(5, TimeUnit.SECONDS);
		session.subscribe(StompGuard.ADMIN_ALERTS, new StompFrameHandler() {

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, @Nullable Object payload) {
				received.add(String.valueOf(payload));
				window.release();
			}

		});
	}

}
