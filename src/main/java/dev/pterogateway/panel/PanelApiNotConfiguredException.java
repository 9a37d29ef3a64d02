package dev.pterogateway.panel;

/**
 * A call needs an API of a panel whose key is not configured, so it was not attempted.
 * The message names the panel and the key to set.
 */
public class PanelApiNotConfiguredException extends PanelException {

	private final PanelApi api;

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param api the API that has no key
	 */
	public PanelApiNotConfiguredException(String panel, PanelApi api) {
		super(panel, 0, null,
				"no " + api.label() + " key is configured, so " + api.enables() + " are unavailable on this panel; set "
						+ api.keyEnvironmentVariable(panel) + " (" + api.keyProperty(panel) + ")",
				null);
		this.api = api;
	}

	/**
	 * The API that has no key.
	 * @return the API
	 */
	public PanelApi api() {
		return this.api;
	}

}
