package dev.pterogateway.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Failure injection for one simulated panel. Most faults apply to HTTP API requests; the
 * Wings ones ({@link #refuseWebsocketAuth}, {@link #wingsUnreachable},
 * {@link #expireWebsocketTokens}) to the websocket of one server or to websocket tokens;
 * {@code stop()}/{@code restart()} of the simulator give connection refused.
 */
public final class Faults {

	private Duration latency = Duration.ZERO;

	private int failCount;

	private int failStatus;

	private String failPrefix = "";

	private int failAllStatus;

	private int hangCount;

	private int rateLimitCount;

	private Duration retryAfter = Duration.ZERO;

	private Sinks.Empty<Void> release = Sinks.empty();

	private final Set<String> refusedAuth = new HashSet<>();

	private final Map<String, Integer> unreachable = new HashMap<>();

	private @Nullable TokenTiming tokenTiming;

	/**
	 * Adds latency to every HTTP response (on top of the configured latency).
	 * @param latency the extra latency
	 * @return these faults
	 */
	public synchronized Faults latency(Duration latency) {
		this.latency = latency;
		return this;
	}

	/**
	 * The next requests answer the given status with the panel's error body: 500 the
	 * generic unexpected error, 502/503/504 a DaemonConnectionException.
	 * @param count how many requests
	 * @param status the status
	 * @return these faults
	 */
	public Faults failNext(int count, int status) {
		return failNext(count, status, "");
	}

	/**
	 * Like {@link #failNext(int, int)} for requests whose path starts with the prefix.
	 * @param count how many requests
	 * @param status the status
	 * @param pathPrefix the path prefix, such as {@code /api/client/servers/}
	 * @return these faults
	 */
	public synchronized Faults failNext(int count, int status, String pathPrefix) {
		this.failCount = count;
		this.failStatus = status;
		this.failPrefix = pathPrefix;
		return this;
	}

	/**
	 * Every request answers the given status until {@link #clear()}.
	 * @param status the status
	 * @return these faults
	 */
	public synchronized Faults failAll(int status) {
		this.failAllStatus = status;
		return this;
	}

	/**
	 * The next requests are accepted but never answered; {@link #clear()} or closing the
	 * simulator drops their connections.
	 * @param count how many requests
	 * @return these faults
	 */
	public synchronized Faults hangNext(int count) {
		this.hangCount = count;
		return this;
	}

	/**
	 * The next requests answer 429 {@code ThrottleRequestsException} with
	 * {@code Retry-After}.
	 * @param count how many requests
	 * @param retryAfter the advertised wait
	 * @return these faults
	 */
	public synchronized Faults rateLimitNext(int count, Duration retryAfter) {
		this.rateLimitCount = count;
		this.retryAfter = retryAfter;
		return this;
	}

	/**
	 * Wings refuses every websocket token of a server as if the panel had signed it with
	 * another daemon token (a node whose token was rotated on one side only):
	 * {@code auth} answers {@code daemon error}.
	 * @param identifier the server's identifier
	 * @return these faults
	 */
	public synchronized Faults refuseWebsocketAuth(String identifier) {
		this.refusedAuth.add(identifier);
		return this;
	}

	/**
	 * The Wings node of a server is down: the panel still hands out websocket credentials
	 * (it does not ask Wings), but nothing listens where their {@code socket} points, so
	 * connecting is refused.
	 * @param identifier the server's identifier
	 * @return these faults
	 */
	public synchronized Faults wingsUnreachable(String identifier) {
		this.unreachable.put(identifier, closedPort());
		return this;
	}

	/**
	 * Websocket tokens issued from now on last {@code lifetime}, and websockets opened
	 * from now on check their token every {@code checkInterval} and send
	 * {@code token expiring} once {@code warning} or less remains (Wings: 10 minutes, 30
	 * seconds and 60 seconds), so that a test can see a renewal.
	 * @param lifetime the tokens' lifetime (whole seconds, as in the JWT)
	 * @param warning how long before expiry Wings warns
	 * @param checkInterval how often Wings checks
	 * @return these faults
	 */
	public synchronized Faults expireWebsocketTokens(Duration lifetime, Duration warning, Duration checkInterval) {
		this.tokenTiming = new TokenTiming(lifetime, warning, checkInterval);
		return this;
	}

	/** Removes every fault and drops the connections of hanging requests. */
	public void clear() {
		Sinks.Empty<Void> released;
		synchronized (this) {
			this.latency = Duration.ZERO;
			this.failCount = 0;
			this.failAllStatus = 0;
			this.hangCount = 0;
			this.rateLimitCount = 0;
			this.refusedAuth.clear();
			this.unreachable.clear();
			this.tokenTiming = null;
			released = this.release;
			this.release = Sinks.empty();
		}
		released.tryEmitEmpty();
	}

	synchronized Duration latency() {
		return this.latency;
	}

	synchronized boolean refusesWebsocketAuth(String identifier) {
		return this.refusedAuth.contains(identifier);
	}

	/** The port, where nothing listens, of the socket of a server whose Wings is down. */
	synchronized OptionalInt unreachableWingsPort(String identifier) {
		Integer port = this.unreachable.get(identifier);
		return (port != null) ? OptionalInt.of(port) : OptionalInt.empty();
	}

	synchronized Optional<TokenTiming> tokenTiming() {
		return Optional.ofNullable(this.tokenTiming);
	}

	/** A loopback port that was free a moment ago: connecting to it is refused. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Takes the fault for the next request, if any. */
	synchronized Optional<InjectedFault> take(String path) {
		if (this.hangCount > 0) {
			this.hangCount--;
			return Optional.of(new InjectedFault(0, Duration.ZERO, this.release.asMono()));
		}
		if (this.rateLimitCount > 0) {
			this.rateLimitCount--;
			return Optional.of(new InjectedFault(429, this.retryAfter, Mono.empty()));
		}
		if (this.failCount > 0 && path.startsWith(this.failPrefix)) {
			this.failCount--;
			return Optional.of(new InjectedFault(this.failStatus, Duration.ZERO, Mono.empty()));
		}
		if (this.failAllStatus > 0) {
			return Optional.of(new InjectedFault(this.failAllStatus, Duration.ZERO, Mono.empty()));
		}
		return Optional.empty();
	}

	/**
	 * One injected fault.
	 *
	 * @param status the status to answer, 0 to hang
	 * @param retryAfter the wait advertised by a 429
	 * @param released completes when a hanging request must be dropped
	 */
	record InjectedFault(int status, Duration retryAfter, Mono<Void> released) {

		boolean hangs() {
			return this.status == 0;
		}

	}

	/**
	 * Websocket token timing that overrides the settings.
	 *
	 * @param lifetime the lifetime of new tokens
	 * @param warning how long before expiry {@code token expiring} is sent
	 * @param checkInterval how often a websocket checks its token
	 */
	record TokenTiming(Duration lifetime, Duration warning, Duration checkInterval) {

	}

}
