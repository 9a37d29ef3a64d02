package dev.pterogateway.panel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What every call to a panel does, over real HTTP against the simulator: keys, timeouts,
 * refused connections, rate limits, concurrency limit, health.
 */
class PanelClientTests {

	private PanelSimulator simulator;

	private PanelRegistry registry;

	@BeforeEach
	void startPanel() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.registry = registryWith(SimulatedPanel.settings(this.simulator, Duration.ofMillis(800), 8));
	}

	@AfterEach
	void stopPanel() {
		this.registry.close();
		this.simulator.close();
	}

	@Test
	void accountWhenKeyIsValidReturnsRootAdmin() {
		ClientAccount account = main().client().account();
		assertThat(account.email()).isEqualTo("admin@example.com");
		assertThat(account.admin()).isTrue();
		assertThat(main().health().status()).isEqualTo(PanelHealth.Status.UP);
	}

	@Test
	void accountWhenKeyIsWrongThrowsAuthWithoutTheKey() {
		String wrongKey = "ptlc_" + "x".repeat(43);
		try (PanelRegistry wrong = registryWith(
				SimulatedPanel.settings(this.simulator, wrongKey, null, Duration.ofSeconds(2), 8))) {
			assertThatExceptionOfType(PanelAuthException.class).isThrownBy(() -> wrong.panel("main").client().account())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401))
				.satisfies((ex) -> assertThat(ex.api()).isEqualTo(PanelApi.CLIENT))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(wrongKey)
					.contains("PTERO_PANELS_MAIN_CLIENT_KEY"));
			assertThat(wrong.panel("main").health().status()).isEqualTo(PanelHealth.Status.DOWN);
		}
	}

	@Test
	void accountWhenPanelIsSlowerThanTimeoutThrowsUnavailableWithinAboutTheTimeout() {
		this.simulator.faults().latency(Duration.ofSeconds(5));
		long started = System.nanoTime();
		assertThatExceptionOfType(PanelUnavailableException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PanelUnavailableException.Reason.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(700),
				Duration.ofMillis(2500));
		assertThat(main().health().status()).isEqualTo(PanelHealth.Status.DOWN);
	}

	@Test
	void accountWhenPanelHangsThrowsUnavailable() {
		this.simulator.faults().hangNext(1);
		assertThatExceptionOfType(PanelUnavailableException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PanelUnavailableException.Reason.TIMEOUT));
		assertThat(main().client().account().admin()).isTrue();
	}

	@Test
	void accountWhenPanelIsStoppedThrowsUnavailableConnectionFailed() {
		this.simulator.stop();
		assertThatExceptionOfType(PanelUnavailableException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PanelUnavailableException.Reason.CONNECTION_FAILED))
			.satisfies((ex) -> assertThat(ex.status()).isZero());
		this.simulator.restart();
		assertThat(main().client().account().admin()).isTrue();
		assertThat(main().health().status()).isEqualTo(PanelHealth.Status.UP);
	}

	@Test
	void accountWhenPanelFailsWith500ThrowsUnavailablePanelError() {
		this.simulator.faults().failNext(1, 500);
		assertThatExceptionOfType(PanelUnavailableException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PanelUnavailableException.Reason.PANEL_ERROR))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(500));
	}

	@Test
	void accountWhenRateLimitedFailsFastUntilRetryAfterPassed() {
		this.simulator.faults().rateLimitNext(1, Duration.ofSeconds(2));
		assertThatExceptionOfType(PanelRateLimitedException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(2)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(429));
		int requestsAfter429 = this.simulator.requests().size();
		assertThatExceptionOfType(PanelRateLimitedException.class).isThrownBy(() -> main().client().account())
			.satisfies((ex) -> assertThat(ex.status()).isZero())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
		assertThat(this.simulator.requests()).hasSize(requestsAfter429);
		assertThat(main().rateLimit(PanelApi.CLIENT).remaining()).isZero();
		await().atMost(Duration.ofSeconds(4))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptionsInstanceOf(PanelRateLimitedException.class)
			.until(() -> main().client().account().admin());
	}

	@Test
	void getWhenRetryAfterIsOneSecondWaitsAndRetriesOnce() {
		try (PanelRegistry patient = registryWith(SimulatedPanel.settings(this.simulator, Duration.ofSeconds(3), 8))) {
			this.simulator.faults().rateLimitNext(1, Duration.ofSeconds(1));
			assertThat(patient.panel("main").client().account().admin()).isTrue();
			assertThat(this.simulator.requests()).extracting((request) -> request.status()).containsExactly(429, 200);
		}
	}

	@Test
	void postWhenRateLimitedIsNotRetried() {
		String identifier = this.simulator.state().servers().get(0).identifier();
		this.simulator.faults().rateLimitNext(1, Duration.ofSeconds(1));
		assertThatExceptionOfType(PanelRateLimitedException.class)
			.isThrownBy(() -> main().client().power(identifier, PowerSignal.START));
		assertThat(this.simulator.requests()).hasSize(1);
		assertThat(this.simulator.state().powerSignals(identifier)).isEmpty();
	}

	@Test
	void rateLimitWhenPanelAnswersRecordsRemaining() {
		main().client().account();
		RateLimitStatus status = main().rateLimit(PanelApi.CLIENT);
		assertThat(status.limit()).isEqualTo(720);
		assertThat(status.remaining()).isEqualTo(719);
	}

	@Test
	void callsWhenMoreThanMaxConcurrencyRunAtMostThatManyAtOnce() {
		try (PanelRegistry narrow = registryWith(SimulatedPanel.settings(this.simulator, Duration.ofSeconds(5), 2))) {
			this.simulator.faults().latency(Duration.ofMillis(300));
			PanelClient panel = narrow.panel("main");
			long started = System.nanoTime();
			List<CompletableFuture<ClientAccount>> calls = IntStream.range(0, 6)
				.mapToObj((index) -> CompletableFuture.supplyAsync(() -> panel.client().account()))
				.toList();
			calls.forEach(CompletableFuture::join);
			// 6 calls of 300 ms, 2 at a time: three rounds.
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		}
	}

	@Test
	void applicationWhenKeyIsMissingThrowsNotConfigured() {
		try (PanelRegistry clientOnly = registryWith(
				SimulatedPanel.settings(this.simulator, this.simulator.clientKey(), null, Duration.ofSeconds(2), 8))) {
			PanelClient panel = clientOnly.panel("main");
			assertThat(panel.configuredApis()).containsExactly(PanelApi.CLIENT);
			assertThatExceptionOfType(PanelApiNotConfiguredException.class).isThrownBy(panel::application)
				.satisfies((ex) -> assertThat(ex.api()).isEqualTo(PanelApi.APPLICATION))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("panel main", "application key",
						"PTERO_PANELS_MAIN_APPLICATION_KEY"));
			assertThat(this.simulator.requests()).isEmpty();
		}
	}

	@Test
	void panelWhenNameIsUnknownThrowsUnknownPanel() {
		assertThatExceptionOfType(UnknownPanelException.class).isThrownBy(() -> this.registry.panel("oci"))
			.satisfies((ex) -> assertThat(ex.known()).containsExactly("main"));
	}

	@Test
	void checkHealthWhenPanelIsStoppedReportsDownWithReason() {
		assertThat(main().health().status()).isEqualTo(PanelHealth.Status.UNKNOWN);
		this.simulator.stop();
		PanelHealth health = main().checkHealth();
		assertThat(health.status()).isEqualTo(PanelHealth.Status.DOWN);
		assertThat(health.lastError()).contains("connection refused");
		assertThat(health.configuredApis()).containsExactlyInAnyOrder(PanelApi.CLIENT, PanelApi.APPLICATION);
		this.simulator.restart();
		assertThat(main().checkHealth().status()).isEqualTo(PanelHealth.Status.UP);
	}

	@Test
	void toStringWhenKeysAreConfiguredNeverShowsThem() {
		assertThat(this.registry.toString()).doesNotContain(this.simulator.clientKey(),
				this.simulator.applicationKey());
		assertThat(main().toString()).doesNotContain(this.simulator.clientKey(), this.simulator.applicationKey());
		assertThat(main().health().toString()).doesNotContain(this.simulator.clientKey());
	}

	private PanelClient main() {
		return this.registry.panel("main");
	}

	private static PanelRegistry registryWith(PanelProperties.Panel panel) {
		return SimulatedPanel.registry(Map.of("main", panel));
	}

}
