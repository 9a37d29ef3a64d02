package dev.pterogateway.auth;

/**
 * The one ownership rule, used by REST and STOMP alike: administrators may access every
 * server; a user only servers whose panel owner is one of their linked panel accounts.
 * Callers turn {@code false} into 404, never 403, so server ids cannot be probed.
 */
public final class Ownership {

	private Ownership() {
	}

	/**
	 * Tells whether the caller may access a server.
	 * @param caller who is calling
	 * @param panel the panel the server lives on
	 * @param panelOwnerUserId the panel's numeric id of the server's owner
	 * @return whether the caller may see and act on the server
	 */
	public static boolean mayAccess(Caller caller, String panel, long panelOwnerUserId) {
		if (caller.isAdmin()) {
			return true;
		}
		return caller.panelAccounts().contains(new PanelAccountRef(panel, panelOwnerUserId));
	}

}
