package dev.pterogateway.panel;

/**
 * A server together with the panel it lives on.
 *
 * @param panel the panel's name
 * @param server the server as the client API shows it
 */
public record PanelServer(String panel, ClientServer server) {

	/**
	 * The server's gateway id.
	 * @return {@code panel:identifier}, such as {@code oci:1a7ce997}
	 */
	public String ref() {
		return this.panel + ":" + this.server.identifier();
	}

}
