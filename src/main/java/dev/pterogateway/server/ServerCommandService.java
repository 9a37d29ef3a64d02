package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;

import org.springframework.stereotype.Service;

/**
 * Types commands into a server's console through its panel's client API.
 */
@Service
public class ServerCommandService {

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	ServerCommandService(ServerActions actions, PanelRegistry panels, ServerStateGuard guard) {
		this.actions = actions;
		this.panels = panels;
		this.guard = guard;
	}

	/**
	 * Sends a console command; audited as {@code server.command} with the command (its
	 * first 200 characters).
	 * @param ref the server
	 * @param command the command line
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws dev.pterogateway.panel.PanelConflictException with code
	 * {@code ServerOffline} if the server is not running
	 */
	public void send(ServerRef ref, String command, Caller caller, String clientAddress) {
		ServerAction action = new ServerAction("server.command", ref, caller, command, clientAddress);
		this.actions.perform(action, (entry) -> {
			this.guard.run(entry, () -> this.panels.panel(entry.panel()).client().command(entry.identifier(), command));
			return null;
		});
	}

}
