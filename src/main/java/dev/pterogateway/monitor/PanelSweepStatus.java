package dev.pterogateway.monitor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the latest sweep of one panel went ({@code GET /api/monitor/panels}).
 *
 * @param panel the panel
 * @param status {@code ok}, or {@code degraded} while the panel does not answer
 * @param sweptAt when the sweep ended
 * @param servers servers the panel hosts (as last listed)
 * @param polled servers polled in that sweep
 * @param streamed servers whose figures came from their Wings stats stream instead
 * @param budget polls the sweep was allowed
 * @param rateLimit the panel's client-API limit per minute, if known
 * @param rateLimitRemaining calls left in the panel's current minute, if known
 * @param oldestSample age in seconds of the least fresh server's latest sample
 * @param detail why the panel is degraded, or {@code null}
 */
public record PanelSweepStatus(String panel, String status, Instant sweptAt, int servers, int polled, int streamed,
		int budget, @Nullable Integer rateLimit, @Nullable Integer rateLimitRemaining, long oldestSample,
		@Nullable String detail) {

}
