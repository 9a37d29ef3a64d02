package dev.pterogateway.panel;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the gateway knows about a panel's health, from its latest calls or probe.
 *
 * @param panel the panel's name
 * @param status up, down, or unknown before the first call
 * @param lastError why the panel is down (or the latest failure), safe to show; never a
 * key
 * @param since when the status last changed, or {@code null} while unknown
 * @param configuredApis the APIs that have a key
 * @param rateLimits the rate-limit state per configured API
 */
public record PanelHealth(String panel, Status status, @Nullable String lastError, @Nullable Instant since,
		Set<PanelApi> configuredApis, Map<PanelApi, RateLimitStatus> rateLimits) {

	public PanelHealth {
		configuredApis = Set.copyOf(configuredApis);
		rateLimits = Map.copyOf(rateLimits);
	}

	/**
	 * Whether the panel answered its latest call.
	 * @return {@code true} if up
	 */
	public boolean isUp() {
		return this.status == Status.UP;
	}

	/**
	 * A panel's health.
	 */
	public enum Status {

		/**
		 * Not called yet.
		 */
		UNKNOWN,

		/**
		 * The latest call got an answer from the panel (even an error such as 404).
		 */
		UP,

		/**
		 * The latest call got no usable answer (timeout, connection failure, 5xx) or the
		 * panel rejected our key.
		 */
		DOWN

	}

}
