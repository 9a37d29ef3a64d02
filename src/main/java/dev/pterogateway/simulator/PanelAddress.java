package dev.pterogateway.simulator;

import java.net.URI;

/** The panel URL, known once the simulator has bound its port. */
final class PanelAddress {

	private volatile int port;

	void bound(int port) {
		this.port = port;
	}

	int port() {
		return this.port;
	}

	/** {@code http://127.0.0.1:<port>}, no trailing slash. */
	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	URI url() {
		return URI.create(baseUrl());
	}

}
