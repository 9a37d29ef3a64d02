package dev.pterogateway.panel;

import org.jspecify.annotations.Nullable;

/**
 * The panel, or the node (Wings) behind it, could not serve the call: no connection, no
 * answer within the timeout, or a 5xx. Nothing the caller did wrong; retrying later may
 * work. {@link #reason()} says which.
 */
public class PanelUnavailableException extends PanelException {

	private final Reason reason;

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param reason why the panel is unavailable
	 * @param status the HTTP status, or 0 when the panel gave no HTTP answer
	 * @param panelCode the panel's error code, if it sent one
	 * @param detail what went wrong, safe to show
	 * @param cause the underlying failure, if any
	 */
	public PanelUnavailableException(String panel, Reason reason, int status, @Nullable String panelCode, String detail,
			@Nullable Throwable cause) {
		super(describe(panel, status, panelCode, reason.description + ": " + detail), panel, status, panelCode, detail,
				cause);
		this.reason = reason;
	}

	/**
	 * Why the panel is unavailable.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a panel is unavailable.
	 */
	public enum Reason {

		/**
		 * No answer within the panel's timeout (connect or response).
		 */
		TIMEOUT("no answer in time"),

		/**
		 * The connection could not be opened or broke (refused, unknown host, TLS,
		 * reset).
		 */
		CONNECTION_FAILED("cannot be reached"),

		/**
		 * The panel answered with a 5xx of its own.
		 */
		PANEL_ERROR("server error"),

		/**
		 * The panel could not reach the node (Wings) that runs the server
		 * ({@code DaemonConnectionException}, usually 504), or the node failed.
		 */
		NODE_UNAVAILABLE("node (Wings) unavailable");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/**
		 * A few words for messages.
		 * @return the description
		 */
		public String description() {
			return this.description;
		}

	}

}
