package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

/**
 * Where a server is in its life, as the {@code status} of server listings and details:
 * the panel's status column with its {@code null} named {@code installed}, and a
 * suspension first, since it overrides everything else. The process state (running or
 * not) is a different thing, reported by {@code /status}.
 */
final class ServerLifecycle {

	/** Installed and usable (the panel's {@code null} status). */
	static final String INSTALLED = "installed";

	/** Suspended by an administrator. */
	static final String SUSPENDED = "suspended";

	/** The panel status of a server being installed. */
	static final String INSTALLING = "installing";

	/** The panel status of a server whose installation failed. */
	static final String INSTALL_FAILED = "install_failed";

	/** The panel status of a server being restored from a backup. */
	static final String RESTORING_BACKUP = "restoring_backup";

	private ServerLifecycle() {
	}

	/**
	 * The lifecycle status of a server.
	 * @param panelStatus the panel's status column
	 * @param suspended whether the server is suspended
	 * @return {@code installed}, {@code suspended}, {@code installing},
	 * {@code install_failed}, {@code reinstall_failed} or {@code restoring_backup}
	 */
	static String of(@Nullable String panelStatus, boolean suspended) {
		if (suspended || SUSPENDED.equals(panelStatus)) {
			return SUSPENDED;
		}
		return (panelStatus != null) ? panelStatus : INSTALLED;
	}

	/**
	 * The lifecycle status of a known server.
	 * @param entry the server
	 * @return its status
	 */
	static String of(DirectoryEntry entry) {
		return of(entry.status(), entry.suspended());
	}

}
