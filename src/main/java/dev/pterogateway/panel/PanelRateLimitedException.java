package dev.pterogateway.panel;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The panel's rate limit is exhausted (429), or the gateway knows it still is and did not
 * call the panel at all. Retry after {@link #retryAfter()}.
 */
public class PanelRateLimitedException extends PanelException {

	private final PanelApi api;

	private final Duration retryAfter;

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param api the API whose limit is exhausted
	 * @param retryAfter how long until the panel accepts calls again
	 * @param status 429 when the panel answered, 0 when the gateway failed fast without
	 * calling it
	 * @param panelCode the panel's error code, if it answered
	 * @param detail what happened
	 */
	public PanelRateLimitedException(String panel, PanelApi api, Duration retryAfter, int status,
			@Nullable String panelCode, String detail) {
		super(describe(panel, status, panelCode,
				detail + " (" + api.label() + " API; retry after " + retryAfter.toSeconds() + "s)"), panel, status,
				panelCode, detail, null);
		this.api = api;
		this.retryAfter = retryAfter;
	}

	/**
	 * The API whose limit is exhausted.
	 * @return the API
	 */
	public PanelApi api() {
		return this.api;
	}

	/**
	 * How long until the panel accepts calls again (its {@code Retry-After}).
	 * @return the wait, never negative
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
