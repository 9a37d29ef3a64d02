package dev.pterogateway.server;

import java.time.Clock;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PowerSignal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts, stops, restarts and kills servers through their panel's client API, and
 * publishes {@link PowerSignalSent} for each signal the panel accepted.
 */
@Service
public class ServerPowerService {

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServerPowerService(ServerActions actions, PanelRegistry panels, ServerStateGuard guard,
			ApplicationEventPublisher events, Clock clock) {
		this.actions = actions;
		this.panels = panels;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a power signal; audited as {@code server.power.<signal>}.
	 * @param ref the server
	 * @param signal the signal
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return what was sent
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws ServerStateConflictException if it is suspended, installing or otherwise
	 * unable to act
	 */
	public PowerOutcome power(ServerRef ref, PowerSignal signal, Caller caller, String clientAddress) {
		ServerAction action = ServerAction.of("server.power." + signal.wireValue(), ref, caller, clientAddress);
		return this.actions.perform(action, (entry) -> {
			this.guard.run(entry, () -> this.panels.panel(entry.panel()).client().power(entry.identifier(), signal));
			this.events
				.publishEvent(new PowerSignalSent(entry.panel(), entry.identifier(), signal, this.clock.instant()));
			return new PowerOutcome("success", signal.wireValue(), entry.identifier(), entry.panel());
		});
	}

}
