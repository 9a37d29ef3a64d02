package dev.pterogateway.realtime;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.pterogateway.panel.WingsEvent;
import dev.pterogateway.panel.WingsListener;
import dev.pterogateway.panel.WingsSubscription;
import dev.pterogateway.server.ServerRef;
import org.jspecify.annotations.Nullable;

/**
 * The relay of one server's console: listens to the server's shared Wings connection,
 * asks once for the recent lines ({@code send logs}), keeps the latest lines in a ring
 * buffer, and sends every subscriber the buffer first, then each event as it comes. When
 * the connection ends for good (server deleted, token refused) it tells the subscribers
 * and {@code ended} lets the relay forget it, so that the next subscriber starts afresh.
 */
final class ConsoleChannel implements WingsListener {

	private final ServerRef server;

	private final int capacity;

	private final Clock clock;

	private final BiConsumer<ConsoleSubscriber, ConsolePayload> delivery;

	private final Consumer<ConsoleChannel> ended;

	private final Deque<ConsolePayload> recent = new ArrayDeque<>();

	private final List<ConsoleSubscriber> subscribers = new ArrayList<>();

	private @Nullable WingsSubscription upstream;

	private @Nullable ConsolePayload status;

	private boolean logsRequested;

	private boolean over;

	private @Nullable String closeReason;

	private boolean endAnnounced;

	ConsoleChannel(ServerRef server, int capacity, Clock clock, BiConsumer<ConsoleSubscriber, ConsolePayload> delivery,
			Consumer<ConsoleChannel> ended) {
		this.server = server;
		this.capacity = capacity;
		this.clock = clock;
		this.delivery = delivery;
		this.ended = ended;
	}

	ServerRef server() {
		return this.server;
	}

	/**
	 * Attaches the upstream connection; asks for logs at once if it is ready, or says why
	 * it ended if it ended before this (a token refused within microseconds).
	 */
	void attach(WingsSubscription upstream) {
		String endedWith;
		synchronized (this) {
			this.upstream = upstream;
			endedWith = this.closeReason;
		}
		if (endedWith != null) {
			announceEnd(endedWith, upstream);
		}
		else if (upstream.connection().isAuthenticated()) {
			requestLogs();
		}
	}

	synchronized void add(ConsoleSubscriber subscriber) {
		this.recent.forEach((message) -> this.delivery.accept(subscriber, message));
		if (this.status != null) {
			this.delivery.accept(subscriber, this.status);
		}
		this.subscribers.add(subscriber);
	}

	/**
	 * Whether the upstream connection ended for good; the relay then gives the next
	 * subscriber a new channel.
	 */
	synchronized boolean isOver() {
		return this.over;
	}

	/**
	 * Removes the subscriptions matching; {@code true} if nobody is left.
	 */
	synchronized boolean remove(String sessionId, @Nullable String subscriptionId) {
		this.subscribers.removeIf((subscriber) -> subscriber.sessionId().equals(sessionId)
				&& (subscriptionId == null || subscriber.subscriptionId().equals(subscriptionId)));
		return this.subscribers.isEmpty();
	}

	void close() {
		WingsSubscription current;
		synchronized (this) {
			current = this.upstream;
			this.upstream = null;
		}
		if (current != null) {
			current.close();
		}
	}

	@Override
	public void onEvent(WingsEvent event) {
		if (event.is(WingsEvent.AUTH_SUCCESS)) {
			requestLogs();
		}
		else if (event.is(WingsEvent.CONSOLE_OUTPUT)) {
			publish(ConsoleMessage.line(event.argument(), this.clock.instant()), true);
		}
		else if (event.is(WingsEvent.INSTALL_OUTPUT)) {
			publish(ConsoleMessage.install(event.argument(), this.clock.instant()), true);
		}
		else if (event.is(WingsEvent.STATUS)) {
			publish(ConsoleMessage.status(event.argument(), this.clock.instant()), false);
		}
	}

	/**
	 * Idle and shutdown closes come after the last subscriber left or while the gateway
	 * stops: nobody is told.
	 */
	@Override
	public void onClosed(String reason) {
		WingsSubscription current;
		synchronized (this) {
			this.over = true;
			this.closeReason = reason;
			current = this.upstream;
		}
		if (current != null) {
			announceEnd(reason, current);
		}
		this.ended.accept(this);
	}

	/**
	 * Tells subscribers, present and later ones of this channel, why it ended (as its
	 * status), once.
	 */
	private void announceEnd(String reason, WingsSubscription upstream) {
		synchronized (this) {
			if (this.endAnnounced) {
				return;
			}
			this.endAnnounced = true;
		}
		if ("server deleted".equals(reason)) {
			publish(ConsoleMessage.status("deleted", this.clock.instant()), false);
		}
		else if (upstream.connection().isRefused()) {
			publish(ConsoleMessage.error("console_auth_failed",
					"Wings refused the console token of this server; subscribe again to retry.", this.clock.instant()),
					false);
		}
	}

	private synchronized void publish(ConsoleMessage message, boolean keep) {
		ConsolePayload payload = new ConsolePayload(message);
		if (keep) {
			if (this.recent.size() == this.capacity) {
				this.recent.removeFirst();
			}
			this.recent.addLast(payload);
		}
		else {
			this.status = payload;
		}
		this.subscribers.forEach((subscriber) -> this.delivery.accept(subscriber, payload));
	}

	/**
	 * Only once per relay: after a reconnection Wings would replay lines the buffer
	 * already has.
	 */
	private synchronized void requestLogs() {
		if (!this.logsRequested && this.upstream != null) {
			this.logsRequested = this.upstream.connection().send(WingsEvent.of("send logs"));
		}
	}

}
