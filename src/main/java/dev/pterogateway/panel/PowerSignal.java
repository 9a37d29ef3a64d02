package dev.pterogateway.panel;

import java.util.Locale;

/**
 * A power action for {@code POST /api/client/servers/{server}/power}. The panel accepts
 * it and Wings runs it asynchronously.
 */
public enum PowerSignal {

	/**
	 * offline → starting → running.
	 */
	START,

	/**
	 * running → stopping → offline, using the egg's stop command.
	 */
	STOP,

	/**
	 * stop, then start.
	 */
	RESTART,

	/**
	 * Kill the process at once.
	 */
	KILL;

	/**
	 * The value the panel expects.
	 * @return {@code start}, {@code stop}, {@code restart} or {@code kill}
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
