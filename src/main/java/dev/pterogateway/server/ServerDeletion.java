package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;

import org.springframework.stereotype.Service;

/**
 * Deletes servers through their panel's application API: administrators always, owners
 * only when {@code ptero.servers.owner-can-delete} allows it.
 */
@Service
public class ServerDeletion {

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerDirectory directory;

	private final ServerProperties properties;

	ServerDeletion(ServerActions actions, PanelRegistry panels, ServerDirectory directory,
			ServerProperties properties) {
		this.actions = actions;
		this.panels = panels;
		this.directory = directory;
		this.properties = properties;
	}

	/**
	 * Deletes a server with everything on it; audited as {@code server.delete}. If Wings
	 * fails, the panel deletes nothing and its error is thrown.
	 * @param ref the server
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return the deleted server
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws DeleteNotAllowedException if the caller is a user and owners may not delete
	 */
	public DeletedServer delete(ServerRef ref, Caller caller, String clientAddress) {
		return this.actions.perform(ServerAction.of("server.delete", ref, caller, clientAddress), (entry) -> {
			if (!this.properties.allowsDeletionBy(caller)) {
				throw new DeleteNotAllowedException(entry.ref());
			}
			try {
				this.panels.panel(entry.panel()).application().servers().delete(entry.internalId());
			}
			finally {
				// Also after a failure such as a timeout, whose effect on the panel is
				// unknown.
				this.directory.evict(entry.panel());
			}
			return new DeletedServer("deleted", entry.identifier(), entry.panel());
		});
	}

}
