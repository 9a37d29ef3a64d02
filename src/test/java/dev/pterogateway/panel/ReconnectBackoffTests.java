package dev.pterogateway.panel;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconnectBackoffTests {

	@Test
	void nextWhenAttemptsFailDoublesWithJitterUpToTheCeiling() {
		ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

		assertThat(backoff.next()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
		assertThat(backoff.next()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(backoff.next()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
		assertThat(backoff.next()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
		assertThat(backoff.next()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
		for (int attempt = 0; attempt < 40; attempt++) {
			assertThat(backoff.next()).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
		}
	}

	@Test
	void resetWhenConnectedStartsOver() {
		ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
		backoff.next();
		backoff.next();
		backoff.next();

		backoff.reset();

		assertThat(backoff.next()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
		assertThat(backoff.attempts()).isOne();
	}

}
