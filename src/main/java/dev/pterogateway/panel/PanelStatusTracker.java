package dev.pterogateway.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows whether one panel is up from the outcome of every call, and logs when that
 * changes: down/up at INFO, a rejected key at ERROR (someone must fix the configuration).
 */
final class PanelStatusTracker {

	private static final Logger logger = LoggerFactory.getLogger(PanelStatusTracker.class);

	private final String panel;

	private final Clock clock;

	private PanelHealth.Status status = PanelHealth.Status.UNKNOWN;

	private @Nullable String lastError;

	private @Nullable Instant since;

	private @Nullable Instant lastOutcome;

	PanelStatusTracker(String panel, Clock clock) {
		this.panel = panel;
		this.clock = clock;
	}

	/**
	 * The panel answered (successfully or with a client error).
	 */
	void answered() {
		PanelHealth.Status previous;
		synchronized (this) {
			previous = this.status;
			this.lastOutcome = this.clock.instant();
			if (previous == PanelHealth.Status.UP) {
				return;
			}
			this.status = PanelHealth.Status.UP;
			this.since = this.lastOutcome;
		}
		if (previous == PanelHealth.Status.DOWN) {
			logger.info("Panel {} is up again", this.panel);
		}
		else {
			logger.debug("Panel {} is up", this.panel);
		}
	}

	/**
	 * A call failed; only failures that say the panel is unusable change its status.
	 */
	void failed(Throwable error) {
		if (error instanceof PanelUnavailableException || error instanceof PanelAuthException) {
			down((PanelException) error);
		}
		else if (error instanceof PanelException panelError && panelError.status() > 0) {
			answered();
		}
	}

	private void down(PanelException error) {
		boolean changed;
		synchronized (this) {
			this.lastOutcome = this.clock.instant();
			changed = this.status != PanelHealth.Status.DOWN || !error.getMessage().equals(this.lastError);
			if (this.status != PanelHealth.Status.DOWN) {
				this.since = this.lastOutcome;
			}
			this.status = PanelHealth.Status.DOWN;
			this.lastError = error.getMessage();
		}
		if (!changed) {
			return;
		}
		if (error instanceof PanelAuthException) {
			logger.error("Panel key rejected: {}", error.getMessage());
		}
		else {
			logger.info("Panel is down: {}", error.getMessage());
		}
	}

	synchronized @Nullable Instant lastOutcome() {
		return this.lastOutcome;
	}

	synchronized PanelHealth snapshot(Set<PanelApi> configured, Function<PanelApi, RateLimitStatus> rateLimits) {
		Map<PanelApi, RateLimitStatus> limits = new EnumMap<>(PanelApi.class);
		configured.forEach((api) -> limits.put(api, rateLimits.apply(api)));
		String error = (this.status == PanelHealth.Status.DOWN) ? this.lastError : null;
		return new PanelHealth(this.panel, this.status, error, this.since, configured, limits);
	}

}
