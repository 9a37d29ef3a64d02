package dev.pterogateway.panel;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens and shares the Wings console websockets of servers: one {@link WingsConnection}
 * per server, whoever listens (the console relay, commands waiting for output, the
 * monitor's stats). A connection closes {@link WingsProperties#idleTimeout()} after its
 * last listener left.
 */
public final class WingsSocketClient implements AutoCloseable {

	private final PanelRegistry panels;

	private final WingsProperties properties;

	private final Runtime runtime;

	private final Map<String, WingsConnection> connections = new HashMap<>();

	/**
	 * Creates a client; close it to close every connection.
	 * @param panels the panels, for tokens and their URLs (the {@code Origin})
	 * @param properties the settings
	 * @param clock the clock of the token throttle
	 */
	public WingsSocketClient(PanelRegistry panels, WingsProperties properties, Clock clock) {
		this.panels = panels;
		this.properties = properties;
		this.runtime = new Runtime(properties, clock);
	}

	/**
	 * Adds a listener to a server's shared connection, opening it if needed. The
	 * connection works in the background: this never blocks.
	 * @param panel the panel's name
	 * @param identifier the server's identifier
	 * @param listener the listener
	 * @return the subscription; close it to stop listening
	 * @throws UnknownPanelException if no panel has that name
	 */
	public synchronized WingsSubscription subscribe(String panel, String identifier, WingsListener listener) {
		PanelClient client = this.panels.panel(panel);
		String server = panel + ":" + identifier;
		WingsConnection connection = this.connections.get(server);
		if (connection == null || connection.isClosed()) {
			connection = new WingsConnection(server, () -> client.client().websocket(identifier), origin(client.url()),
					this.runtime);
			this.connections.put(server, connection);
			connection.addListener(listener);
			connection.open();
		}
		else {
			connection.addListener(listener);
		}
		return new WingsSubscription(connection, listener, this::release);
	}

	/**
	 * Fetches websocket credentials for a client that connects to Wings itself, from the
	 * same per-server token budget as the shared connections, so that handing out tokens
	 * never makes the panel refuse the relay's renewals and reconnections.
	 * @param panel the panel's name
	 * @param identifier the server's identifier
	 * @return the credentials
	 * @throws UnknownPanelException if no panel has that name
	 * @throws PanelRateLimitedException (status 0: the panel was not called) if the
	 * server's token budget is spent
	 */
	public WebsocketCredentials credentials(String panel, String identifier) {
		PanelClient client = this.panels.panel(panel);
		Duration wait = this.runtime.throttle().acquire(panel + ":" + identifier);
		if (!wait.isZero()) {
			throw new PanelRateLimitedException(panel, PanelApi.CLIENT, wait, 0, null, "the websocket tokens of server "
					+ identifier + " are throttled, so the gateway does not fetch another until one is free");
		}
		return client.client().websocket(identifier);
	}

	/**
	 * How many connections are open or opening.
	 * @return the count
	 */
	public synchronized int connectionCount() {
		return this.connections.size();
	}

	private void release(WingsConnection connection, WingsListener listener) {
		long changes;
		synchronized (this) {
			changes = connection.removeListener(listener);
		}
		this.runtime.scheduler()
			.schedule(() -> closeIfIdle(connection, changes), this.properties.idleTimeout().toMillis(),
					TimeUnit.MILLISECONDS);
	}

	/**
	 * Closes the connection unless a listener came or went since the release that
	 * scheduled this: each release restarts the idle timeout.
	 */
	private void closeIfIdle(WingsConnection connection, long changesAtRelease) {
		synchronized (this) {
			if (connection.listenerCount() > 0 || connection.listenerChanges() != changesAtRelease) {
				return;
			}
			this.connections.remove(connection.server(), connection);
		}
		connection.close("idle");
	}

	private synchronized void forget(WingsConnection connection) {
		this.connections.remove(connection.server(), connection);
	}

	/**
	 * Wings compares {@code Origin} with the panel URL exactly, without a trailing slash.
	 */
	static String origin(URI url) {
		return PanelProperties.Panel.baseUrl(url);
	}

	@Override
	public void close() {
		Map<String, WingsConnection> open;
		synchronized (this) {
			open = new HashMap<>(this.connections);
			this.connections.clear();
		}
		open.values().forEach((connection) -> connection.close("gateway shutting down"));
		this.runtime.scheduler().shutdownNow();
	}

	private final class Runtime implements WingsConnection.WingsRuntime {

		private final HttpClient http;

		private final ScheduledThreadPoolExecutor scheduler;

		private final TokenThrottle throttle;

		private final WingsProperties properties;

		Runtime(WingsProperties properties, Clock clock) {
			this.properties = properties;
			this.throttle = new TokenThrottle(properties.tokenLimit(), properties.tokenPeriod(), clock);
			AtomicInteger threads = new AtomicInteger();
			this.scheduler = new ScheduledThreadPoolExecutor(2, (task) -> {
				Thread thread = Executors.defaultThreadFactory().newThread(task);
				thread.setName("wings-" + threads.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
			this.scheduler.setRemoveOnCancelPolicy(true);
			this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
		}

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
			return this.properties;
		}

		@Override
		public void closed(WingsConnection connection) {
			forget(connection);
		}

	}

}
