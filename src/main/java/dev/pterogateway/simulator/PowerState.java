package dev.pterogateway.simulator;

import java.util.Locale;

/** The Wings process state of a simulated server. */
public enum PowerState {

	OFFLINE, STARTING, RUNNING, STOPPING;

	/**
	 * The wire name used by Wings and the panel.
	 * @return {@code offline}, {@code starting}, {@code running} or {@code stopping}
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean isUp() {
		return this != OFFLINE;
	}

}
