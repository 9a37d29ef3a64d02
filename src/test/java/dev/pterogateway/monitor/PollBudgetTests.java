package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.pterogateway.ManualClock;
import dev.pterogateway.panel.PanelApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pterogateway.panel.RateLimitStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PollBudgetTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	private static final Duration SWEEP = Duration.ofSeconds(30);

	@Test
	void perSweepWhenLimitIsUnknownSendsOneCallToLearnIt() {
		assertThat(PollBudget.perSweep(client(null, null, null), 0.5, SWEEP, 0, NOW)).isEqualTo(1);
		assertThat(PollBudget.paced(client(null, null, null), 0.5, SWEEP)).as("the panel default, 720").isEqualTo(180);
	}

	@Test
	void availableWhenApplicationLimitIsUnknownUsesHalfOfThePanelDefault() {
		RateLimitStatus unknown = new RateLimitStatus(PanelApi.APPLICATION, null, null, null, null);
		assertThat(PollBudget.available(unknown, 0.5, 20, NOW)).isEqualTo(100);
	}

	@Test
	void perSweepWhenPanelSendsItsLimitScalesToTheInterval() {
		RateLimitStatus pelican = client(256, 256, NOW);
		assertThat(PollBudget.perSweep(pelican, 0.5, SWEEP, 0, NOW)).isEqualTo(64);
		assertThat(PollBudget.perSweep(pelican, 0.5, Duration.ofSeconds(1), 0, NOW)).isEqualTo(2);
	}

	@Test
	void perSweepWhenOthersUsedTheirShareLeavesTheRestAlone() {
		assertThat(PollBudget.perSweep(client(720, 400, NOW), 0.5, SWEEP, 0, NOW)).isEqualTo(40);
	}

	@Test
	void perSweepWhenNothingIsLeftForTheMonitorIsZero() {
		assertThat(PollBudget.perSweep(client(720, 3, NOW), 0.5, SWEEP, 0, NOW)).isZero();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			 0, 0
			30, 0
			59, 0
			60, 180
			61, 180
			""")
	void perSweepWhenRemainingWasReadBeforeThePanelsWindowResetDisregardsIt(long secondsAgo, int expected) {
		RateLimitStatus exhausted = client(720, 0, NOW.minusSeconds(secondsAgo));
		assertThat(PollBudget.perSweep(exhausted, 0.5, SWEEP, 0, NOW)).isEqualTo(expected);
	}

	@Test
	void perSweepWhenRemainingWasNeverReadTrustsTheMonitorsOwnCount() {
		RateLimitStatus noReading = client(720, 0, null);
		assertThat(PollBudget.perSweep(noReading, 0.5, SWEEP, 300, NOW)).isEqualTo(60);
	}

	@Test
	void perSweepWhenTheMonitorSpentItsShareThisMinuteIsZero() {
		assertThat(PollBudget.perSweep(client(720, 360, NOW), 0.5, SWEEP, 360, NOW)).isZero();
		assertThat(PollBudget.perSweep(client(720, 370, NOW), 0.5, SWEEP, 350, NOW)).isEqualTo(10);
	}

	@Test
	void perSweepWhenPanelSaidToBackOffIsZero() {
		RateLimitStatus blocked = new RateLimitStatus(PanelApi.CLIENT, 720, 0, NOW.plusSeconds(20), NOW);
		assertThat(PollBudget.perSweep(blocked, 0.5, SWEEP, 0, NOW)).isZero();
	}

	@Test
	void lastMinuteWhenCallsAgeOutOfTheMinuteForgetsThem() {
		ManualClock clock = new ManualClock(NOW);
		RequestLedger ledger = new RequestLedger(clock);
		ledger.sent("oci", PanelApi.CLIENT, 5);
		clock.advance(Duration.ofSeconds(30));
		ledger.sent("oci", PanelApi.CLIENT, 3);
		ledger.sent("oci", PanelApi.APPLICATION, 1);
		ledger.sent("main", PanelApi.CLIENT, 7);
		clock.advance(Duration.ofSeconds(29));
		assertThat(ledger.lastMinute("oci", PanelApi.CLIENT)).isEqualTo(8);
		clock.advance(Duration.ofSeconds(1));
		assertThat(ledger.lastMinute("oci", PanelApi.CLIENT)).isEqualTo(3);
		assertThat(ledger.lastMinute("oci", PanelApi.APPLICATION)).isEqualTo(1);
		assertThat(ledger.lastMinute("main", PanelApi.CLIENT)).isEqualTo(7);
		clock.advance(Duration.ofSeconds(30));
		assertThat(ledger.lastMinute("oci", PanelApi.CLIENT)).isZero();
	}

	@Test
	void committedWhenStreamsRequestTokensReservesTheirRateForTheMinuteAhead() {
		ManualClock clock = new ManualClock(NOW);
		RequestLedger ledger = new RequestLedger(clock);
		ledger.sent("oci", PanelApi.CLIENT, 10);
		clock.advance(Duration.ofSeconds(30));
		for (int i = 0; i < 6; i++) {
			ledger.tokenRequested("oci");
		}
		// the window opened just before the polls holds them, the tokens, and 30 s more
		// of tokens at 6 a minute
		assertThat(ledger.committed("oci", PanelApi.CLIENT)).isEqualTo(19);
		clock.advance(Duration.ofSeconds(30));
		// the one opened just before the tokens: 6, and 3 more by its end
		assertThat(ledger.committed("oci", PanelApi.CLIENT)).isEqualTo(9);
		assertThat(ledger.committed("main", PanelApi.CLIENT)).isZero();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			 20, 0.5,  1, 0
			 20, 0.5, 10, 1
			 60, 0.5,  7, 2
			720, 0.5, 30, 5
			720, 0.25, 1, 1
			256, 0.5, 10, 0
			""")
	void perSweepWhenStreamsRenewTokensSteadilyNeverSpendsMoreThanTheShareInAnyMinute(int limit, double share,
			long interval, int tokensPerSweep) {
		ManualClock clock = new ManualClock(NOW);
		RequestLedger ledger = new RequestLedger(clock);
		List<Instant> sent = new ArrayList<>();
		int cap = (int) Math.floor(limit * share);
		// the streams were already renewing their tokens at that rate before
		for (int sweep = 0; sweep < 60 / interval; sweep++) {
			for (int i = 0; i < tokensPerSweep; i++) {
				ledger.tokenRequested("oci");
				sent.add(clock.instant());
			}
			clock.advance(Duration.ofSeconds(interval));
		}
		for (int sweep = 0; sweep < 600 / interval; sweep++) {
			// tokens of streams renewing on their own, counted as they are requested
			for (int i = 0; i < tokensPerSweep; i++) {
				ledger.tokenRequested("oci");
			}
			for (int i = 0; i < tokensPerSweep; i++) {
				sent.add(clock.instant());
			}
			int budget = PollBudget.perSweep(client(limit, null, null), share, Duration.ofSeconds(interval),
					ledger.committed("oci", PanelApi.CLIENT), clock.instant());
			ledger.sent("oci", PanelApi.CLIENT, budget);
			for (int i = 0; i < budget; i++) {
				sent.add(clock.instant());
			}
			clock.advance(Duration.ofSeconds(interval));
		}
		for (Instant start : sent) {
			long inMinute = sent.stream()
				.filter((at) -> !at.isBefore(start) && at.isBefore(start.plus(RateLimitStatus.WINDOW)))
				.count();
			assertThat(inMinute).as("calls in the minute from %s", start).isLessThanOrEqualTo(cap);
		}
		assertThat(sent).as("the monitor does spend its share").hasSizeGreaterThanOrEqualTo(cap * 9);
	}

	private static RateLimitStatus client(Integer limit, Integer remaining, Instant readAt) {
		return new RateLimitStatus(PanelApi.CLIENT, limit, remaining, null, readAt);
	}

}
