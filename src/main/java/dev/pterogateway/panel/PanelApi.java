package dev.pterogateway.panel;

import java.util.Locale;

/**
 * The two APIs of a Pterodactyl panel; each needs its own key.
 */
public enum PanelApi {

	/**
	 * The client (account) API under {@code /api/client}: servers, power, console,
	 * resources, backups. Needs a {@code ptlc_} key of a root admin.
	 */
	CLIENT("client-key", "CLIENT_KEY", "power/console/resources/backups/server listing"),

	/**
	 * The application API under {@code /api/application}: users, servers, nodes, eggs.
	 * Needs a {@code ptla_} key.
	 */
	APPLICATION("application-key", "APPLICATION_KEY", "create/resize/suspend/user lookups");

	private final String property;

	private final String environmentSuffix;

	private final String enables;

	PanelApi(String property, String environmentSuffix, String enables) {
		this.property = property;
		this.environmentSuffix = environmentSuffix;
		this.enables = enables;
	}

	/**
	 * The property that holds this API's key for a panel.
	 * @param panel the panel name
	 * @return for example {@code ptero.panels.oci.application-key}
	 */
	public String keyProperty(String panel) {
		return "ptero.panels." + panel + "." + this.property;
	}

	/**
	 * The environment variable that holds this API's key for a panel.
	 * @param panel the panel name
	 * @return for example {@code PTERO_PANELS_OCI_APPLICATION_KEY}
	 */
	public String keyEnvironmentVariable(String panel) {
		return "PTERO_PANELS_" + panel.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + this.environmentSuffix;
	}

	/**
	 * What the gateway can do only with this API, for log and error messages.
	 * @return a short list of features
	 */
	public String enables() {
		return this.enables;
	}

	/**
	 * The name used in messages.
	 * @return {@code client} or {@code application}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
