package dev.pterogateway.panel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a command and collects what the console prints in answer, through the server's
 * shared Wings connection: lines from the first one after the command until the console
 * has been quiet for a moment.
 */
public final class WingsConsole implements AutoCloseable {

	/**
	 * How long the console must stay silent after a line for the output to be complete.
	 */
	static final Duration QUIET = Duration.ofMillis(300);

	private final WingsSocketClient sockets;

	private final Duration connectTimeout;

	private final ExecutorService senders = Executors.newCachedThreadPool((task) -> {
		Thread thread = Executors.defaultThreadFactory().newThread(task);
		thread.setName("wings-command");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Creates a console.
	 * @param sockets the shared connections
	 * @param connectTimeout longest wait for the connection to be authenticated
	 */
	public WingsConsole(WingsSocketClient sockets, Duration connectTimeout) {
		this.sockets = sockets;
		this.connectTimeout = connectTimeout;
	}

	/**
	 * Listens to the server's console, runs {@code send} (the panel's command call) and
	 * collects the output. Blocks at most the connection timeout plus {@code wait} plus
	 * the quiet period.
	 * @param panel the panel's name
	 * @param identifier the server's identifier
	 * @param send sends the command; what it throws before the deadline is rethrown
	 * @param wait how long to wait for the first line
	 * @return the output, or a timed-out one without lines
	 * @throws WingsConnectionException if the console cannot be used
	 */
	public ConsoleOutput sendAndCollect(String panel, String identifier, Runnable send, Duration wait) {
		Lines lines = new Lines();
		try (WingsSubscription subscription = this.sockets.subscribe(panel, identifier, lines)) {
			subscription.connection().awaitAuthenticated(this.connectTimeout);
			long deadline = System.nanoTime() + wait.toNanos();
			lines.start();
			awaitSent(CompletableFuture.runAsync(send, this.senders), deadline);
			return lines.await(deadline, QUIET);
		}
	}

	private static void awaitSent(CompletableFuture<Void> sent, long deadline) {
		try {
			sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			// still in flight: whatever it prints before the deadline counts
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.senders.shutdownNow();
	}

	/** Collects console lines once started. */
	private static final class Lines implements WingsListener {

		private final List<String> lines = new ArrayList<>();

		private boolean started;

		private long lastLine;

		@Override
		public synchronized void onEvent(WingsEvent event) {
			if (this.started && event.is(WingsEvent.CONSOLE_OUTPUT)) {
				this.lines.add(event.argument());
				this.lastLine = System.nanoTime();
				notifyAll();
			}
		}

		synchronized void start() {
			this.started = true;
		}

		synchronized ConsoleOutput await(long deadline, Duration quiet) {
			try {
				while (this.lines.isEmpty() && waitUntil(deadline)) {
					// waiting for the first line
				}
				if (this.lines.isEmpty()) {
					return new ConsoleOutput(true, List.of());
				}
				long cap = deadline + quiet.toNanos();
				while (waitUntil(Math.min(this.lastLine + quiet.toNanos(), cap))) {
					// more lines keep the output open
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new ConsoleOutput(false, this.lines);
		}

		/** Waits until notified or the time; {@code false} once the time has come. */
		private boolean waitUntil(long time) throws InterruptedException {
			long left = time - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
			return true;
		}

	}

}
