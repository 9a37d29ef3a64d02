package dev.pterogateway.panel;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server's Wings console websocket, shared by every listener: fetches a token from
 * the panel, connects with the {@code Origin} Wings requires, authenticates, renews the
 * token on {@code token expiring} (and when Wings says it expired or predates a Wings
 * restart) on the same socket, and reconnects with exponential backoff and jitter after a
 * drop, within the panel's token throttle. Closes for good on {@code deleted} or a token
 * Wings refuses for another reason. Tokens are never logged.
 */
public final class WingsConnection {

	private static final Logger logger = LoggerFactory.getLogger(WingsConnection.class);

	private final String server;

	private final Supplier<WebsocketCredentials> credentials;

	private final String origin;

	private final WingsRuntime runtime;

	private final List<WingsListener> listeners = new CopyOnWriteArrayList<>();

	private final AtomicLong listenerChanges = new AtomicLong();

	private @Nullable WebSocket socket;

	private int generation;

	private final ReconnectBackoff backoff;

	private boolean authenticated;

	private boolean renewing;

	private long tokenFetchedAt;

	private boolean refused;

	private boolean closed;

	private @Nullable String state;

	private @Nullable String failure;

	private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

	WingsConnection(String server, Supplier<WebsocketCredentials> credentials, String origin, WingsRuntime runtime) {
		this.server = server;
		this.credentials = credentials;
		this.origin = origin;
		this.runtime = runtime;
		this.backoff = new ReconnectBackoff(runtime.properties().reconnectMinDelay(),
				runtime.properties().reconnectMaxDelay());
	}

	/**
	 * The server, as {@code panel:identifier}.
	 * @return the server
	 */
	public String server() {
		return this.server;
	}

	/**
	 * Whether the socket is open and Wings accepted the token.
	 * @return {@code true} if events flow
	 */
	public synchronized boolean isAuthenticated() {
		return this.authenticated && !this.closed;
	}

	/**
	 * Whether Wings refused the token for another reason than its age (or could not
	 * verify it); the connection then closes for good.
	 * @return {@code true} if refused
	 */
	public synchronized boolean isRefused() {
		return this.refused;
	}

	/**
	 * The latest power state Wings reported ({@code offline}, {@code starting},
	 * {@code running}, {@code stopping}), or {@code null} before the first.
	 * @return the state
	 */
	public synchronized @Nullable String state() {
		return this.state;
	}

	/**
	 * Sends an event (such as {@code send logs} or {@code send command}) if the socket is
	 * authenticated; events are sent in order.
	 * @param event the event
	 * @return {@code false} if it was not sent because the socket is not ready
	 */
	public synchronized boolean send(WingsEvent event) {
		if (!isAuthenticated() || this.socket == null) {
			return false;
		}
		write(this.socket, event);
		return true;
	}

	/**
	 * Waits until the socket is authenticated.
	 * @param timeout the longest wait
	 * @throws WingsConnectionException if it is not ready in time, or closed
	 */
	public synchronized void awaitAuthenticated(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isAuthenticated()) {
			long left = deadline - System.nanoTime();
			if (this.closed || left <= 0) {
				throw notReady();
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw notReady();
			}
		}
	}

	private WingsConnectionException notReady() {
		String why = (this.failure != null) ? this.failure : "no answer in time";
		return new WingsConnectionException(
				this.refused ? WingsConnectionException.Reason.AUTH_FAILED
						: (this.closed ? WingsConnectionException.Reason.CLOSED
								: WingsConnectionException.Reason.UNAVAILABLE),
				"The Wings console of " + this.server + " is not available: " + why + ".");
	}

	void addListener(WingsListener listener) {
		this.listeners.add(listener);
		this.listenerChanges.incrementAndGet();
	}

	/**
	 * Removes a listener.
	 * @param listener the listener
	 * @return the number of listener changes so far, so that a delayed close can tell
	 * whether anyone came or went since
	 */
	long removeListener(WingsListener listener) {
		this.listeners.remove(listener);
		return this.listenerChanges.incrementAndGet();
	}

	long listenerChanges() {
		return this.listenerChanges.get();
	}

	int listenerCount() {
		return this.listeners.size();
	}

	synchronized boolean isClosed() {
		return this.closed;
	}

	void open() {
		this.runtime.scheduler().execute(this::connect);
	}

	/** Closes the socket for good and tells the listeners. */
	void close(String reason) {
		WebSocket current;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.authenticated = false;
			current = this.socket;
			this.socket = null;
			notifyAll();
		}
		logger.debug("Wings console of {} closed: {}", this.server, reason);
		if (current != null) {
			current.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally((ex) -> null);
		}
		this.listeners.forEach((listener) -> listener.onClosed(reason));
		this.runtime.closed(this);
	}

	private void connect() {
		if (isClosed()) {
			return;
		}
		WebsocketCredentials fresh = fetchToken("connecting", this::connect,
				(ex) -> failed("no websocket token from the panel: " + describe(ex)));
		if (fresh == null) {
			return;
		}
		int current;
		synchronized (this) {
			current = ++this.generation;
		}
		HttpClient client = this.runtime.http();
		client.newWebSocketBuilder()
			.header("Origin", this.origin)
			.connectTimeout(this.runtime.properties().connectTimeout())
			.buildAsync(fresh.socket(), new WingsFrames(this, current))
			.whenComplete((opened, error) -> opened(current, opened, error, fresh.token()));
	}

	private void opened(int current, @Nullable WebSocket opened, @Nullable Throwable error, String token) {
		if (error != null || opened == null) {
			failed("websocket did not open: " + ((error != null) ? rootMessage(error) : "no socket"));
			return;
		}
		synchronized (this) {
			if (this.closed || current != this.generation) {
				opened.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally((ex) -> null);
				return;
			}
			this.socket = opened;
			write(opened, WingsEvent.of("auth", token));
		}
	}

	synchronized void dropped(int current, String why) {
		if (this.closed || current != this.generation) {
			return;
		}
		this.socket = null;
		failed(why);
	}

	private synchronized void failed(String why) {
		if (this.closed) {
			return;
		}
		this.authenticated = false;
		this.failure = why;
		Duration delay = this.backoff.next();
		logger.debug("Wings console of {}: {}; reconnecting in {} ms (attempt {})", this.server, why, delay.toMillis(),
				this.backoff.attempts());
		notifyAll();
		schedule(this::connect, delay);
	}

	void received(int current, WingsEvent event) {
		String fatal;
		synchronized (this) {
			if (this.closed || current != this.generation) {
				return;
			}
			fatal = handle(event);
		}
		if (fatal != null) {
			close(fatal);
			return;
		}
		this.listeners.forEach((listener) -> listener.onEvent(event));
	}

	/**
	 * Updates the state for an event.
	 * @return why the connection must end, or {@code null} if it goes on
	 */
	private @Nullable String handle(WingsEvent event) {
		if (event.is(WingsEvent.AUTH_SUCCESS)) {
			this.authenticated = true;
			this.refused = false;
			this.backoff.reset();
			this.failure = null;
			notifyAll();
		}
		else if (event.is(WingsEvent.STATUS)) {
			this.state = event.argument();
		}
		else if (event.is(WingsEvent.TOKEN_EXPIRING) && !tokenIsFresh()) {
			renew();
		}
		else if (event.is(WingsEvent.TOKEN_EXPIRED)) {
			renew();
		}
		else if (event.is(WingsEvent.JWT_ERROR)) {
			return tokenRefused(event.argument());
		}
		else if (event.is(WingsEvent.DAEMON_ERROR) && !this.authenticated) {
			// Wings answers a token it cannot verify (bad signature) with a daemon error
			return refuse(event.argument());
		}
		else if (event.is(WingsEvent.DELETED)) {
			return "server deleted";
		}
		return null;
	}

	private @Nullable String tokenRefused(String error) {
		if (!renewable(error)) {
			return refuse(error);
		}
		this.failure = error;
		this.authenticated = false;
		renew();
		return null;
	}

	private String refuse(String error) {
		this.failure = error;
		this.refused = true;
		return "token refused: " + error;
	}

	/**
	 * Wings says a token is too old (expired, or issued before Wings restarted): a new
	 * one fixes it. Anything else (missing permission, wrong server) will not heal.
	 */
	private static boolean renewable(String error) {
		return error.contains("exp claim is invalid") || error.contains("denylist");
	}

	/**
	 * Wings repeats {@code token expiring} on every check in the token's last minute; a
	 * token fetched less than the throttle's fair share ago ({@code period / limit}) is
	 * short-lived by design, so spend no more of the throttle on it: if it does run out,
	 * Wings says so and it is renewed then.
	 */
	private boolean tokenIsFresh() {
		WingsProperties properties = this.runtime.properties();
		long fairShare = properties.tokenPeriod().toNanos() / properties.tokenLimit();
		return System.nanoTime() - this.tokenFetchedAt < fairShare;
	}

	private void renew() {
		if (this.renewing) {
			return;
		}
		this.renewing = true;
		this.runtime.scheduler().execute(this::renewNow);
	}

	private void renewNow() {
		WebsocketCredentials fresh = fetchToken("renewing", this::renewNow, (ex) -> {
			logger.debug("Could not renew the websocket token of {}: {}", this.server, describe(ex));
			synchronized (this) {
				this.renewing = false;
			}
		});
		if (fresh == null) {
			return;
		}
		synchronized (this) {
			this.renewing = false;
			if (!this.closed && this.socket != null) {
				write(this.socket, WingsEvent.of("auth", fresh.token()));
			}
		}
	}

	/**
	 * Fetches a websocket token within the throttle and tells the listeners how it went.
	 * @param action what the token is for, for the log
	 * @param retry runs once the throttle has a slot, if it has none now
	 * @param onFailure runs when the panel gives no token
	 * @return the token, or {@code null} when throttled or failed
	 */
	private @Nullable WebsocketCredentials fetchToken(String action, Runnable retry,
			Consumer<RuntimeException> onFailure) {
		Duration wait = this.runtime.throttle().acquire(this.server);
		if (!wait.isZero()) {
			logger.debug("Websocket token throttle for {}: {} in {} ms", this.server, action, wait.toMillis());
			schedule(retry, wait);
			return null;
		}
		try {
			WebsocketCredentials fresh = this.credentials.get();
			fetched();
			tokenRequested(true);
			return fresh;
		}
		catch (RuntimeException ex) {
			// recover: a scheduled task that throws would end the reconnection silently
			tokenRequested(false);
			onFailure.accept(ex);
			return null;
		}
	}

	private void tokenRequested(boolean succeeded) {
		this.listeners.forEach((listener) -> listener.onTokenRequested(succeeded));
	}

	private synchronized void fetched() {
		this.tokenFetchedAt = System.nanoTime();
	}

	/** The JDK websocket allows one outstanding send: chain them. */
	private void write(WebSocket target, WingsEvent event) {
		String text = event.toJson();
		this.sending = this.sending.handle((ignored, error) -> null)
			.thenCompose((ignored) -> target.sendText(text, true))
			.exceptionally((ex) -> {
				logger.debug("Could not send {} to the Wings console of {}: {}", event.event(), this.server,
						rootMessage(ex));
				return null;
			});
	}

	private void schedule(Runnable task, Duration delay) {
		if (!this.runtime.scheduler().isShutdown()) {
			this.runtime.scheduler().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static String describe(RuntimeException ex) {
		return (ex instanceof PanelException panel) ? panel.detail() : ex.getClass().getSimpleName();
	}

	static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	/** What a connection needs from its client: I/O, timers, throttle and settings. */
	interface WingsRuntime {

		HttpClient http();

		ScheduledExecutorService scheduler();

		TokenThrottle throttle();

		WingsProperties properties();

		void closed(WingsConnection connection);

	}

}
