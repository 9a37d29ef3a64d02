package dev.pterogateway.panel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConcurrencyLimitTests {

	@Test
	void limitWhenManyCallsRunNeverExceedsPermits() {
		ConcurrencyLimit limit = new ConcurrencyLimit(3);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger highest = new AtomicInteger();
		List<Integer> results = Flux.range(0, 20).flatMap((index) -> limit.limit(Mono.fromCallable(() -> {
			highest.accumulateAndGet(running.incrementAndGet(), Math::max);
			return index;
		}).delayElement(Duration.ofMillis(20)).doOnTerminate(running::decrementAndGet)))
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(results).hasSize(20);
		assertThat(highest.get()).isEqualTo(3);
		// the last permit comes back in doFinally, just after its value reached block()
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(limit.inFlight()).isZero());
	}

	@Test
	void limitWhenWaitingCallIsCancelledLeavesQueueAndFreesNothing() {
		ConcurrencyLimit limit = new ConcurrencyLimit(1);
		Sinks.One<String> first = Sinks.one();
		limit.limit(first.asMono()).subscribe();
		AtomicInteger started = new AtomicInteger();
		limit.limit(Mono.fromCallable(started::incrementAndGet)).subscribe().dispose();
		assertThat(limit.waiting()).isZero();
		first.tryEmitValue("done");
		assertThat(started).hasValue(0);
		assertThat(limit.inFlight()).isZero();
	}

	@Test
	void limitWhenRunningCallIsCancelledReturnsPermitToNextCall() {
		ConcurrencyLimit limit = new ConcurrencyLimit(1);
		Sinks.One<String> hanging = Sinks.one();
		var subscription = limit.limit(hanging.asMono()).subscribe();
		Mono<String> queued = limit.limit(Mono.just("next"));
		subscription.dispose();
		String next = queued.block(Duration.ofSeconds(1));
		assertThat(next).isEqualTo("next");
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(limit.inFlight()).isZero());
	}

	@Test
	void limitWhenCallFailsReturnsPermit() {
		ConcurrencyLimit limit = new ConcurrencyLimit(1);
		limit.limit(Mono.error(new IllegalStateException("boom"))).onErrorResume((error) -> Mono.empty()).block();
		assertThat(limit.limit(Mono.just(1)).block(Duration.ofSeconds(1))).isEqualTo(1);
	}

}
