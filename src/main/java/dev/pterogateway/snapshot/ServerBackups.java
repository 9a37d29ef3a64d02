package dev.pterogateway.snapshot;

import java.util.List;

import dev.pterogateway.panel.Backup;
import dev.pterogateway.panel.BackupRequest;
import dev.pterogateway.panel.ClientBackupApi;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerStateGuard;

import org.springframework.stereotype.Component;

/**
 * The backups of a server on its panel. A refusal because of the server's state
 * (suspended, installing, restoring …) comes back with the same code per cause as power,
 * status and console ({@code server_suspended} …), through {@link ServerStateGuard}.
 */
@Component
class ServerBackups {

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	ServerBackups(PanelRegistry panels, ServerStateGuard guard) {
		this.panels = panels;
		this.guard = guard;
	}

	List<Backup> list(DirectoryEntry server) {
		return this.guard.call(server, () -> api(server).list(server.identifier()));
	}

	Backup create(DirectoryEntry server, String name) {
		return this.guard.call(server, () -> api(server).create(server.identifier(), BackupRequest.named(name)));
	}

	void restore(DirectoryEntry server, String uuid, boolean truncate) {
		this.guard.run(server, () -> api(server).restore(server.identifier(), uuid, truncate));
	}

	void delete(DirectoryEntry server, String uuid) {
		this.guard.run(server, () -> api(server).delete(server.identifier(), uuid));
	}

	private ClientBackupApi api(DirectoryEntry server) {
		return this.panels.panel(server.panel()).backups();
	}

}
