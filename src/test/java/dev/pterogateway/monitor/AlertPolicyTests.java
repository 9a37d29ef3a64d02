package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AlertPolicyTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	private final AlertPolicy policy = new AlertPolicy(properties(Duration.ofMinutes(15)));

	@ParameterizedTest(name = "{0} % with {1} open -> {2}")
	@CsvSource(nullValues = "none",
			value = { "50, none, none", "89.9, none, none", "90, none, WARNING", "94.9, none, WARNING",
					"95, none, CRITICAL", "120, none, CRITICAL", "92, CRITICAL, CRITICAL", "90, CRITICAL, CRITICAL",
					"89.9, CRITICAL, WARNING", "86, WARNING, WARNING", "85, WARNING, WARNING", "84.9, WARNING, none",
					"84.9, CRITICAL, none", "96, WARNING, CRITICAL" })
	void resourceLevelWhenValueCrossesThresholdsAppliesHysteresis(double value, AlertLevel open, AlertLevel expected) {
		assertThat(this.policy.resourceLevel(AlertKind.CPU, value, open)).isEqualTo(expected);
	}

	@Test
	void resourceLevelWhenServerHasNoLimitIsNone() {
		assertThat(this.policy.resourceLevel(AlertKind.MEMORY, null, AlertLevel.CRITICAL)).isNull();
	}

	@Test
	void resourceLevelWhenThresholdsAreConfiguredPerResourceUsesThem() {
		MonitorProperties custom = new MonitorProperties(true, Duration.ofSeconds(30), 0.5, 8, 12,
				Duration.ofMinutes(15), 5, new MonitorProperties.Threshold(90, 95),
				new MonitorProperties.Threshold(70, 80), new MonitorProperties.Threshold(90, 95), retention());
		AlertPolicy customPolicy = new AlertPolicy(custom);
		assertThat(customPolicy.resourceLevel(AlertKind.MEMORY, 75.0, null)).isEqualTo(AlertLevel.WARNING);
		assertThat(customPolicy.resourceLevel(AlertKind.CPU, 75.0, null)).isNull();
		assertThat(customPolicy.thresholdOf(AlertKind.MEMORY, AlertLevel.CRITICAL)).isEqualTo(80.0);
	}

	@Test
	void crashLevelWhenRunningServerGoesOfflineWithoutStopRequestIsCritical() {
		assertThat(this.policy.crashLevel("running", "offline", false, null)).isEqualTo(AlertLevel.CRITICAL);
	}

	@Test
	void crashLevelWhenStopWasRequestedIsNone() {
		assertThat(this.policy.crashLevel("running", "offline", true, null)).isNull();
	}

	@Test
	void crashLevelWhenServerStopsThroughStoppingIsNone() {
		assertThat(this.policy.crashLevel("stopping", "offline", false, null)).isNull();
		assertThat(this.policy.crashLevel(null, "offline", false, null)).isNull();
	}

	@Test
	void crashLevelWhenCrashedServerStaysOfflineHoldsAndClearsOnceRunning() {
		assertThat(this.policy.crashLevel("offline", "offline", false, AlertLevel.CRITICAL))
			.isEqualTo(AlertLevel.CRITICAL);
		assertThat(this.policy.crashLevel("offline", "starting", false, AlertLevel.CRITICAL)).isNull();
		assertThat(this.policy.crashLevel("starting", "running", false, AlertLevel.CRITICAL)).isNull();
	}

	@Test
	void transitionWhenLevelIsUnchangedDoesNothing() {
		assertThat(this.policy.transition(AlertLevel.WARNING, AlertLevel.WARNING, null, NOW))
			.isEqualTo(AlertPolicy.Transition.NONE);
		assertThat(this.policy.transition(null, null, null, NOW)).isEqualTo(AlertPolicy.Transition.NONE);
	}

	@Test
	void transitionWhenEscalatingClearsTheWarningAndRaisesCritical() {
		AlertPolicy.Transition transition = this.policy.transition(AlertLevel.WARNING, AlertLevel.CRITICAL, null, NOW);
		assertThat(transition.clear()).isTrue();
		assertThat(transition.raise()).isEqualTo(AlertLevel.CRITICAL);
		assertThat(transition.quiet()).isFalse();
	}

	@Test
	void transitionWhenConditionEndsClears() {
		AlertPolicy.Transition transition = this.policy.transition(AlertLevel.CRITICAL, null, NOW, NOW);
		assertThat(transition.clear()).isTrue();
		assertThat(transition.raise()).isNull();
	}

	@Test
	void transitionWhenSameLevelFiredWithinCooldownIsQuiet() {
		AlertPolicy.Transition transition = this.policy.transition(null, AlertLevel.CRITICAL,
				NOW.minus(Duration.ofMinutes(14)), NOW);
		assertThat(transition.raise()).isEqualTo(AlertLevel.CRITICAL);
		assertThat(transition.quiet()).isTrue();
	}

	@Test
	void transitionWhenCooldownHasPassedIsNotQuiet() {
		AlertPolicy.Transition transition = this.policy.transition(null, AlertLevel.CRITICAL,
				NOW.minus(Duration.ofMinutes(15)), NOW);
		assertThat(transition.quiet()).isFalse();
	}

	static MonitorProperties properties(Duration cooldown) {
		MonitorProperties.Threshold threshold = new MonitorProperties.Threshold(90, 95);
		return new MonitorProperties(true, Duration.ofSeconds(30), 0.5, 8, 12, cooldown, 5, threshold, threshold,
				threshold, retention());
	}

	static MonitorProperties.Retention retention() {
		return new MonitorProperties.Retention(Duration.ofHours(24), Duration.ofDays(30), 1000, Duration.ofMinutes(5));
	}

}
