package dev.pterogateway.panel;

import org.jspecify.annotations.Nullable;

/**
 * The panel refused the call because of the state of things: the server is suspended,
 * installing or offline (409, and the 502 "Server must be online" of a command), or a
 * business rule forbids it (400 such as {@code TooManyBackupsException},
 * {@code BackupLockedException}, {@code DisplayException}). {@link #panelCode()} keeps
 * the panel's code so callers can tell them apart.
 */
public class PanelConflictException extends PanelException {

	/**
	 * Our code for a command sent to a server that is not running (the panel answers 502
	 * {@code HttpException} "Server must be online in order to send commands.").
	 */
	public static final String SERVER_OFFLINE = "ServerOffline";

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param status the HTTP status the panel answered
	 * @param panelCode the panel's error code
	 * @param detail the panel's detail text
	 */
	public PanelConflictException(String panel, int status, @Nullable String panelCode, String detail) {
		super(panel, status, panelCode, detail, null);
	}

}
