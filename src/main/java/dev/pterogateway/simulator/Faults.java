package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Failure injection for one simulated panel. Faults apply to HTTP API requests (not to
 * the websocket); {@code stop()}/{@code restart()} of the simulator give connection
 * refused.
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

	/** Removes every fault and drops the connections of hanging requests. */
	public void clear() {
		Sinks.Empty<Void> released;
		synchronized (this) {
			this.latency = Duration.ZERO;
			this.failCount = 0;
			this.failAllStatus = 0;
			this.hangCount = 0;
			this.rateLimitCount = 0;
			released = this.release;
			this.release = Sinks.empty();
		}
		released.tryEmitEmpty();
	}

	synchronized Duration latency() {
		return this.latency;
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

}
