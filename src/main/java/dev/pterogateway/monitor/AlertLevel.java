package dev.pterogateway.monitor;

import java.util.Locale;

/**
 * How bad an alert is.
 */
public enum AlertLevel {

	/** Worth a look. */
	WARNING,

	/** Needs action now; mailed to the owner and the administrators. */
	CRITICAL;

	/**
	 * The name in the API.
	 * @return {@code warning} or {@code critical}
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	static AlertLevel fromWire(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
