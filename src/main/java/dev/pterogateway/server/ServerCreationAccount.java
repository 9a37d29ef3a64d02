package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

/**
 * The panel account a new server is created for.
 *
 * @param panelUserId the panel's numeric user id
 * @param rootPassword the generated password when the account was created just now (shown
 * once), else {@code null}
 */
record ServerCreationAccount(int panelUserId, @Nullable ServerPassword rootPassword) {

	/** Whether this creation made the account (and so should undo it if it fails). */
	boolean createdNow() {
		return this.rootPassword != null;
	}

}
