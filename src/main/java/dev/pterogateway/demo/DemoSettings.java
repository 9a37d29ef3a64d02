package dev.pterogateway.demo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode settings, read before the context exists. The defaulted components are boxed
 * so that an empty value (such as {@code PTERO_DEMO_ENABLED=}) takes the default, as an
 * unset one does; a primitive would fail to bind.
 *
 * @param enabled whether demo mode may start when no panel is configured
 * ({@code ptero.demo.enabled}, default true)
 * @param serversPerPanel how many servers each simulated panel seeds
 * ({@code ptero.demo.servers-per-panel}, default 12)
 * @param usersPerPanel how many ordinary panel users each simulated panel seeds
 * ({@code ptero.demo.users-per-panel}, default 4)
 * @param seed the seed of the deterministic fleet ({@code ptero.demo.seed}, default 2026)
 * @param realisticTimings whether power, install and backup take seconds like on a real
 * node ({@code ptero.demo.realistic-timings}, default true; tests turn it off)
 * @param backupDuration how long a backup or a restore takes, overriding the timings
 * ({@code ptero.demo.backup-duration}, default unset: 5 s with realistic timings, 150 ms
 * without; tests that must see a backup in progress set it)
 * @param rateLimitPerMinute the requests per minute each simulated panel allows per API
 * key on the client and the application API ({@code ptero.demo.rate-limit-per-minute},
 * default unset: the panel's 720 and 240; the test suite, far faster than real callers,
 * raises it)
 * @param panelTimeout the longest time the gateway waits for one call to a simulated
 * panel ({@code ptero.demo.panel-timeout}, default unset: the panels' own default of 10
 * s; tests of timeouts shorten it)
 */
record DemoSettings(@DefaultValue("true") Boolean enabled, @DefaultValue("12") Integer serversPerPanel,
		@DefaultValue("4") Integer usersPerPanel, @DefaultValue("2026") Long seed,
		@DefaultValue("true") Boolean realisticTimings, @Nullable Duration backupDuration,
		@Nullable Integer rateLimitPerMinute, @Nullable Duration panelTimeout) {

	static DemoSettings from(Binder binder) {
		return binder.bindOrCreate("ptero.demo", DemoSettings.class);
	}

}
