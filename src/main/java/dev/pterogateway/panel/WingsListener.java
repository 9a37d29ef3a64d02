package dev.pterogateway.panel;

/**
 * Receives the events of one server's shared Wings connection. Called on the connection's
 * I/O thread: must return quickly and never block.
 */
@FunctionalInterface
public interface WingsListener {

	/**
	 * An event from Wings ({@code auth success}, {@code status}, {@code console output},
	 * {@code stats} …). Token renewal frames are handled by the connection and passed on
	 * too.
	 * @param event the event
	 */
	void onEvent(WingsEvent event);

	/**
	 * The connection ended for good (the server was deleted, Wings refused the token for
	 * another reason than its age, or the gateway shut down); it will not reconnect.
	 * @param reason why, in a few words
	 */
	default void onClosed(String reason) {
	}

	/**
	 * The connection asked the panel for a websocket token (to connect, reconnect or
	 * renew): one client-API call against the panel's rate limit.
	 * @param succeeded whether the panel answered with a token
	 */
	default void onTokenRequested(boolean succeeded) {
	}

}
