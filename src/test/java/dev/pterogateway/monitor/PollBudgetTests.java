package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.RateLimitStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollBudgetTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	@Test
	void perSweepWhenLimitIsUnknownUsesHalfOfThePanelDefault() {
		RateLimitStatus unknown = new RateLimitStatus(PanelApi.CLIENT, null, null, null);
		assertThat(PollBudget.perSweep(unknown, 0.5, Duration.ofSeconds(30), NOW)).isEqualTo(180);
	}

	@Test
	void perSweepWhenPanelSendsItsLimitScalesToTheInterval() {
		RateLimitStatus pelican = new RateLimitStatus(PanelApi.CLIENT, 256, 256, null);
		assertThat(PollBudget.perSweep(pelican, 0.5, Duration.ofSeconds(30), NOW)).isEqualTo(64);
		assertThat(PollBudget.perSweep(pelican, 0.5, Duration.ofSeconds(1), NOW)).isEqualTo(2);
	}

	@Test
	void perSweepWhenOthersUsedTheirShareLeavesTheRestAlone() {
		RateLimitStatus busy = new RateLimitStatus(PanelApi.CLIENT, 720, 400, null);
		assertThat(PollBudget.perSweep(busy, 0.5, Duration.ofSeconds(30), NOW)).isEqualTo(40);
	}

	@Test
	void perSweepWhenNothingIsLeftStillProbesOnce() {
		RateLimitStatus exhausted = new RateLimitStatus(PanelApi.CLIENT, 720, 3, null);
		assertThat(PollBudget.perSweep(exhausted, 0.5, Duration.ofSeconds(30), NOW)).isEqualTo(1);
	}

	@Test
	void perSweepWhenPanelSaidToBackOffIsZero() {
		RateLimitStatus blocked = new RateLimitStatus(PanelApi.CLIENT, 720, 0, NOW.plusSeconds(20));
		assertThat(PollBudget.perSweep(blocked, 0.5, Duration.ofSeconds(30), NOW)).isZero();
	}

}
