package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.pterogateway.ManualClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenThrottleTests {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	@Test
	void acquireWhenLimitReachedAnswersTheWaitUntilTheOldestLeavesTheWindow() {
		TokenThrottle throttle = new TokenThrottle(2, Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(throttle.acquire("main:1a7ce997")).isZero();
		assertThat(throttle.acquire("main:1a7ce997")).isZero();
		assertThat(throttle.acquire("main:1a7ce997")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.acquire("oci:1a7ce997")).as("another server has its own window").isZero();
	}

	@Test
	void acquireWhenWindowHasPassedAllowsAgain() {
		ManualClock clock = new ManualClock(NOW);
		TokenThrottle throttle = new TokenThrottle(1, Duration.ofMinutes(1), clock);
		throttle.acquire("main:1a7ce997");
		clock.set(NOW.plusSeconds(45));

		assertThat(throttle.acquire("main:1a7ce997")).isEqualTo(Duration.ofSeconds(15));
		clock.set(NOW.plusSeconds(60));
		assertThat(throttle.acquire("main:1a7ce997")).isZero();
	}

}
