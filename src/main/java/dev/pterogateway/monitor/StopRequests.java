package dev.pterogateway.monitor;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.pterogateway.panel.PowerSignal;
import dev.pterogateway.server.PowerSignalSent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers when the gateway last asked a server to stop (stop, restart or kill), so that
 * going offline afterwards is not taken for a crash.
 */
@Component
class StopRequests {

	private final Map<String, Instant> lastStop = new ConcurrentHashMap<>();

	@EventListener
	void onPowerSignal(PowerSignalSent sent) {
		if (sent.signal() != PowerSignal.START) {
			this.lastStop.merge(key(sent.panel(), sent.identifier()), sent.at(),
					(previous, next) -> next.isAfter(previous) ? next : previous);
		}
	}

	/**
	 * Whether a stop was requested at or after a time.
	 * @param panel the panel
	 * @param identifier the server
	 * @param since the time
	 * @return {@code true} if so
	 */
	boolean requestedSince(String panel, String identifier, Instant since) {
		Instant last = this.lastStop.get(key(panel, identifier));
		return last != null && !last.isBefore(since);
	}

	private static String key(String panel, String identifier) {
		return panel + ":" + identifier;
	}

}
