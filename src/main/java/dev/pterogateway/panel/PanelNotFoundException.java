package dev.pterogateway.panel;

import org.jspecify.annotations.Nullable;

/**
 * The panel answered 404: the server, user, backup or other resource does not exist there
 * (or, on the client API, is not visible to our key).
 */
public class PanelNotFoundException extends PanelException {

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param panelCode the panel's error code
	 * @param detail the panel's detail text
	 */
	public PanelNotFoundException(String panel, @Nullable String panelCode, String detail) {
		super(panel, 404, panelCode, detail, null);
	}

}
