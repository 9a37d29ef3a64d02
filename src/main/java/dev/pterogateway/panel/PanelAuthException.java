package dev.pterogateway.panel;

/**
 * The panel rejected our key (401) or refused it the action (403): the gateway is
 * misconfigured (wrong, expired or under-privileged key, IP allow-list, required 2FA).
 * Not the caller's fault, so it must never become a 401/403 for the gateway's client.
 */
public class PanelAuthException extends PanelException {

	private final PanelApi api;

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param api the API whose key was rejected
	 * @param status the HTTP status (401, 403 or 400 for a required 2FA)
	 * @param panelCode the panel's error code
	 * @param detail the panel's detail text
	 */
	public PanelAuthException(String panel, PanelApi api, int status, String panelCode, String detail) {
		super(describe(panel, status, panelCode,
				"rejected our " + api.label() + " key: " + detail + "; check " + api.keyEnvironmentVariable(panel)),
				panel, status, panelCode, detail, null);
		this.api = api;
	}

	/**
	 * The API whose key was rejected.
	 * @return the API
	 */
	public PanelApi api() {
		return this.api;
	}

}
