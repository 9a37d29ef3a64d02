package dev.pterogateway.server;

import dev.pterogateway.panel.PanelUser;
import org.jspecify.annotations.Nullable;

/**
 * The panel account a new server is created for.
 *
 * @param panelUserId the panel's numeric user id
 * @param panelUser the panel user as the panel reported it, or {@code null} for an
 * account already linked to the caller
 * @param rootPassword the generated password when the account was created just now (shown
 * once), else {@code null}
 */
record ServerCreationAccount(int panelUserId, @Nullable PanelUser panelUser, @Nullable ServerPassword rootPassword) {

	/** Whether this creation made the account (and so should undo it if it fails). */
	boolean createdNow() {
		return this.rootPassword != null;
	}

}
