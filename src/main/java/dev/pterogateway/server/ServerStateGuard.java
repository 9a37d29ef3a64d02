package dev.pterogateway.server;

import java.util.Optional;
import java.util.function.Supplier;

import dev.pterogateway.panel.ClientServer;
import dev.pterogateway.panel.PanelConflictException;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns the panel's one state conflict (409 {@code ServerStateConflictException}, whose
 * only clue is its English detail) into a {@link ServerStateConflictException} with a
 * code per cause. The cause is read from the server's details, the one client route the
 * panel still answers in such a state, so a stale directory cannot mislead it.
 */
@Component
public class ServerStateGuard {

	private static final Logger logger = LoggerFactory.getLogger(ServerStateGuard.class);

	static final String PANEL_STATE_CONFLICT = "ServerStateConflictException";

	private final PanelRegistry panels;

	ServerStateGuard(PanelRegistry panels) {
		this.panels = panels;
	}

	/**
	 * Calls the panel about a server, explaining a state conflict if there is one.
	 * @param <T> the result type
	 * @param entry the server
	 * @param call the panel call
	 * @return what the call returned
	 * @throws ServerStateConflictException if the panel refused because of the server's
	 * state and the cause is known
	 */
	public <T> T call(DirectoryEntry entry, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (PanelConflictException ex) {
			if (!PANEL_STATE_CONFLICT.equals(ex.panelCode())) {
				throw ex;
			}
			throw explain(entry)
				.<RuntimeException>map((reason) -> new ServerStateConflictException(entry.ref(), reason))
				.orElse(ex);
		}
	}

	/**
	 * Like {@link #call(DirectoryEntry, Supplier)} for a call without result.
	 * @param entry the server
	 * @param call the panel call
	 */
	public void run(DirectoryEntry entry, Runnable call) {
		call(entry, () -> {
			call.run();
			return null;
		});
	}

	private Optional<ServerStateConflictException.Reason> explain(DirectoryEntry entry) {
		try {
			return reasonOf(this.panels.panel(entry.panel()).client().server(entry.identifier()));
		}
		catch (PanelException ex) {
			logger.debug("Could not read the state of {}: {}", entry.ref(), ex.detail());
			return Optional.empty();
		}
	}

	/** The causes in the panel's own order of precedence. */
	static Optional<ServerStateConflictException.Reason> reasonOf(ClientServer server) {
		if (server.suspended()) {
			return Optional.of(ServerStateConflictException.Reason.SUSPENDED);
		}
		if (server.nodeUnderMaintenance()) {
			return Optional.of(ServerStateConflictException.Reason.NODE_MAINTENANCE);
		}
		if (ServerLifecycle.INSTALL_FAILED.equals(server.status())) {
			return Optional.of(ServerStateConflictException.Reason.INSTALL_FAILED);
		}
		if (server.installing()) {
			return Optional.of(ServerStateConflictException.Reason.INSTALLING);
		}
		if (ServerLifecycle.RESTORING_BACKUP.equals(server.status())) {
			return Optional.of(ServerStateConflictException.Reason.RESTORING_BACKUP);
		}
		if (server.transferring()) {
			return Optional.of(ServerStateConflictException.Reason.TRANSFERRING);
		}
		return Optional.empty();
	}

}
