package dev.pterogateway.simulator;

import java.util.List;

/**
 * Receives the Wings events of one server (status, console, stats, backups, deletion).
 */
@FunctionalInterface
interface WingsListener {

	/**
	 * Called with the lock of the model held; must not block.
	 * @param event the Wings event name
	 * @param args the string arguments
	 */
	void onEvent(String event, List<String> args);

}
