package dev.pterogateway.panel;

import org.jspecify.annotations.Nullable;

/**
 * A panel call failed. Carries the panel's name, the HTTP status it answered (0 when it
 * gave no HTTP answer), the panel's own error code (the short exception class name such
 * as {@code NotFoundHttpException}) and a detail that is safe to show: the panel's own
 * detail text or our description, never a key. Subclasses say what kind of failure it is;
 * an instance of this class itself is an answer we did not expect (for example a 405 or a
 * malformed response), which is our bug rather than the caller's.
 */
public class PanelException extends RuntimeException {

	private final String panel;

	private final int status;

	private final @Nullable String panelCode;

	private final String detail;

	/**
	 * Creates a new instance whose message is built from the other values.
	 * @param panel the panel's name
	 * @param status the HTTP status the panel answered, or 0 when it gave no HTTP answer
	 * @param panelCode the panel's error code, if it sent one
	 * @param detail what went wrong, safe to show
	 * @param cause the underlying failure, if any
	 */
	public PanelException(String panel, int status, @Nullable String panelCode, String detail,
			@Nullable Throwable cause) {
		this(describe(panel, status, panelCode, detail), panel, status, panelCode, detail, cause);
	}

	/**
	 * Creates a new instance with a message of the subclass's choosing.
	 * @param message the exception message (must not contain keys)
	 * @param panel the panel's name
	 * @param status the HTTP status the panel answered, or 0 when it gave no HTTP answer
	 * @param panelCode the panel's error code, if it sent one
	 * @param detail what went wrong, safe to show
	 * @param cause the underlying failure, if any
	 */
	protected PanelException(String message, String panel, int status, @Nullable String panelCode, String detail,
			@Nullable Throwable cause) {
		super(message, cause);
		this.panel = panel;
		this.status = status;
		this.panelCode = panelCode;
		this.detail = detail;
	}

	/**
	 * The panel's name, as configured under {@code ptero.panels}.
	 * @return the panel name
	 */
	public String panel() {
		return this.panel;
	}

	/**
	 * The HTTP status the panel answered.
	 * @return the status, or 0 when the panel gave no HTTP answer (timeout, refused
	 * connection) or was not called at all
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The panel's error code: the {@code code} of its first error, the short name of the
	 * panel's exception class (such as {@code TooManyBackupsException}), or a code of
	 * ours such as {@link PanelConflictException#SERVER_OFFLINE}.
	 * @return the code, or {@code null} when there is none
	 */
	public @Nullable String panelCode() {
		return this.panelCode;
	}

	/**
	 * What went wrong in one or a few sentences, safe to show to a client: the panel's
	 * own detail text or our description. Never contains a key.
	 * @return the detail
	 */
	public String detail() {
		return this.detail;
	}

	static String describe(String panel, int status, @Nullable String panelCode, String detail) {
		StringBuilder message = new StringBuilder("panel ").append(panel).append(": ").append(detail);
		if (status > 0 || panelCode != null) {
			message.append(" (");
			if (status > 0) {
				message.append("HTTP ").append(status);
			}
			if (panelCode != null) {
				message.append((status > 0) ? " " : "").append(panelCode);
			}
			message.append(")");
		}
		return message.toString();
	}

}
