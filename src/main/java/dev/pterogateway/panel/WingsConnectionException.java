package dev.pterogateway.panel;

/**
 * A server's Wings console could not be used: Wings refused the panel's token, or the
 * websocket could not be opened in time.
 */
public class WingsConnectionException extends RuntimeException {

	private final Reason reason;

	/**
	 * Creates a new instance.
	 * @param reason what went wrong
	 * @param message the message, naming the server (never a token)
	 */
	public WingsConnectionException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * What went wrong.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/** Why the console could not be used. */
	public enum Reason {

		/** Wings refused the token ({@code jwt error} other than its age). */
		AUTH_FAILED,

		/** The websocket could not be opened or authenticated in time. */
		UNAVAILABLE,

		/** The connection ended for good (server deleted, gateway shutting down). */
		CLOSED

	}

}
