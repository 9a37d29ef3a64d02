package dev.pterogateway.monitor;

import java.util.Locale;

/**
 * What an alert is about.
 */
public enum AlertKind {

	/** CPU use above a threshold of the server's CPU limit. */
	CPU,

	/** Memory use above a threshold of the memory limit. */
	MEMORY,

	/** Disk use above a threshold of the disk limit. */
	DISK,

	/** The server went from running to offline without a stop request. */
	CRASH,

	/** The panel does not answer (an administrators' alert, without a server). */
	PANEL_UNREACHABLE;

	/**
	 * The name in the API ({@code cpu}, {@code panel_unreachable}).
	 * @return the name
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	static AlertKind fromWire(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
