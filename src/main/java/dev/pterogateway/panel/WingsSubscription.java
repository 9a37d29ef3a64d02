package dev.pterogateway.panel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A listener's hold on a server's shared Wings connection; closing it removes the
 * listener (the connection closes when idle).
 */
public final class WingsSubscription implements AutoCloseable {

	private final WingsConnection connection;

	private final WingsListener listener;

	private final BiConsumer<WingsConnection, WingsListener> release;

	private final AtomicBoolean closed = new AtomicBoolean();

	WingsSubscription(WingsConnection connection, WingsListener listener,
			BiConsumer<WingsConnection, WingsListener> release) {
		this.connection = connection;
		this.listener = listener;
		this.release = release;
	}

	/**
	 * The shared connection, to send events or wait for it.
	 * @return the connection
	 */
	public WingsConnection connection() {
		return this.connection;
	}

	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.release.accept(this.connection, this.listener);
		}
	}

}
