package dev.pterogateway.panel;

import java.util.ArrayDeque;
import java.util.Deque;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * At most {@code permits} calls to one panel in flight; later ones wait in order. Unlike
 * a {@code flatMap} bound this holds across callers: servlet threads and the monitor's
 * sweep share it, so together they cannot flood a panel.
 */
final class ConcurrencyLimit {

	private final int permits;

	private final Deque<Waiter> waiting = new ArrayDeque<>();

	private int inFlight;

	ConcurrencyLimit(int permits) {
		if (permits < 1) {
			throw new IllegalArgumentException("permits must be positive");
		}
		this.permits = permits;
	}

	/**
	 * The call, subscribed only when a permit is free; the permit is returned when it
	 * completes, fails or is cancelled. Cancelling while waiting leaves the queue.
	 */
	<T> Mono<T> limit(Mono<T> call) {
		return Mono.create((sink) -> {
			Disposable.Swap running = Disposables.swap();
			Waiter waiter = new Waiter(() -> running
				.update(call.doFinally((signal) -> release()).subscribe(sink::success, sink::error, sink::success)));
			sink.onCancel(() -> {
				if (!leaveQueue(waiter)) {
					running.dispose();
				}
			});
			acquire(waiter);
		});
	}

	synchronized int inFlight() {
		return this.inFlight;
	}

	synchronized int waiting() {
		return this.waiting.size();
	}

	private void acquire(Waiter waiter) {
		synchronized (this) {
			if (this.inFlight >= this.permits) {
				this.waiting.addLast(waiter);
				return;
			}
			this.inFlight++;
		}
		waiter.start.run();
	}

	private void release() {
		Waiter next;
		synchronized (this) {
			next = this.waiting.pollFirst();
			if (next == null) {
				this.inFlight--;
			}
		}
		if (next != null) {
			next.start.run();
		}
	}

	private synchronized boolean leaveQueue(Waiter waiter) {
		return this.waiting.remove(waiter);
	}

	/**
	 * One queued call; compared by identity so that leaving the queue removes exactly it.
	 */
	private static final class Waiter {

		private final Runnable start;

		Waiter(Runnable start) {
			this.start = start;
		}

	}

}
