package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.ServerResources;

import org.springframework.stereotype.Service;

/**
 * A server's live state and usage, from its panel's resources endpoint (cached there for
 * 20 seconds), with the monitor's recent samples.
 */
@Service
public class ServerStatusService {

	private final ServerAccess access;

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	private final StatsHistory history;

	ServerStatusService(ServerAccess access, PanelRegistry panels, ServerStateGuard guard, StatsHistory history) {
		this.access = access;
		this.panels = panels;
		this.guard = guard;
		this.history = history;
	}

	/**
	 * The live state and usage of a server.
	 * @param ref the server
	 * @param caller who asks
	 * @return the state
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws ServerStateConflictException if it is suspended, installing or otherwise
	 * unable to report
	 */
	public ServerStatus status(ServerRef ref, Caller caller) {
		DirectoryEntry entry = this.access.resolve(ref, caller);
		ServerResources resources = this.guard.call(entry,
				() -> this.panels.panel(entry.panel()).client().resources(entry.identifier()));
		return ServerStatus.from(entry, resources, this.history.recent(entry.panel(), entry.identifier()));
	}

}
