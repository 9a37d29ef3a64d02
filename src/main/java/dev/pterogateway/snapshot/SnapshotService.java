package dev.pterogateway.snapshot;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.Backup;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerAccess;
import dev.pterogateway.server.ServerRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Snapshots as Pterodactyl backups: a snapshot is a backup of the server on its own
 * panel, named by the caller and unique by name per server; its description lives in the
 * gateway's database. Every call resolves the server through {@link ServerAccess} (a
 * server the caller may not see is not found) and every change is audited. Panel failures
 * propagate as {@code PanelException}s (backup limit, throttle, locked backup …), a
 * refusal because of the server's state as a {@code ServerStateConflictException}. Calls
 * block for at most the panel's timeout per panel call.
 */
@Service
public class SnapshotService {

	static final String CREATE = "snapshot.create";

	static final String ROLLBACK = "snapshot.rollback";

	static final String DELETE = "snapshot.delete";

	private final ServerAccess access;

	private final ServerBackups backups;

	private final SnapshotNoteRepository notes;

	private final SnapshotAudit audit;

	private final Clock clock;

	/**
	 * One lock per server while its name check and backup creation run, so that two
	 * concurrent creations on this instance cannot both take the same name.
	 */
	private final ConcurrentMap<String, Object> creations = new ConcurrentHashMap<>();

	SnapshotService(ServerAccess access, ServerBackups backups, SnapshotNoteRepository notes, SnapshotAudit audit,
			Clock clock) {
		this.access = access;
		this.backups = backups;
		this.notes = notes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts a backup named {@code snapname} on the server's panel and keeps the
	 * description.
	 * @param ref the server
	 * @param snapname the name, unique among the server's backups
	 * @param description the description, if any
	 * @param caller who asks
	 * @param clientAddress the caller's address, for the audit log
	 * @return the snapshot in progress, with the backup's uuid as task id
	 * @throws SnapshotExistsException if the server has a backup of that name
	 */
	public CreatedSnapshot create(ServerRef ref, String snapname, @Nullable String description, Caller caller,
			String clientAddress) {
		return audited(CREATE, ref, snapname, caller, clientAddress, (server) -> {
			Backup backup;
			synchronized (this.creations.computeIfAbsent(server.ref().toString(), (key) -> new Object())) {
				if (this.backups.list(server).stream().anyMatch((existing) -> existing.name().equals(snapname))) {
					throw new SnapshotExistsException(server.ref(), snapname);
				}
				backup = this.backups.create(server, snapname);
			}
			this.notes.save(new SnapshotNote(server.panel(), server.identifier(), backup.uuid(), snapname, description,
					caller.email(), this.clock.instant()));
			return CreatedSnapshot.of(snapname, backup.uuid());
		});
	}

	/**
	 * Every backup of the server (all of the panel's pages), with the descriptions kept
	 * by the gateway.
	 * @param ref the server
	 * @param caller who asks
	 * @return the snapshots in the panel's order
	 */
	public SnapshotList list(ServerRef ref, Caller caller) {
		DirectoryEntry server = this.access.resolve(ref, caller);
		List<Backup> backups = this.backups.list(server);
		Map<String, SnapshotNote> notesByUuid = this.notes.findByPanelAndIdentifier(server.panel(), server.identifier())
			.stream()
			.collect(Collectors.toMap(SnapshotNote::getBackupUuid, Function.identity(), (first, second) -> first));
		return SnapshotList.of(backups.stream().map((backup) -> Snapshot.from(backup, notesByUuid)).toList());
	}

	/**
	 * Restores the server from a snapshot. The server is {@code restoring_backup} until
	 * the panel is done.
	 * @param ref the server
	 * @param snapname the snapshot's name
	 * @param truncate whether to delete all the server's files first
	 * @param caller who asks
	 * @param clientAddress the caller's address, for the audit log
	 * @return the restore, with the backup's uuid as task id
	 * @throws SnapshotNotFoundException if the server has no backup of that name
	 * @throws SnapshotNotReadyException if the backup is still being made
	 * @throws SnapshotFailedException if the backup failed
	 */
	public SnapshotRollback rollback(ServerRef ref, String snapname, boolean truncate, Caller caller,
			String clientAddress) {
		return audited(ROLLBACK, ref, snapname, caller, clientAddress, (server) -> {
			Backup backup = find(server, snapname);
			if (backup.inProgress()) {
				throw new SnapshotNotReadyException(server.ref(), snapname);
			}
			if (backup.failed()) {
				throw new SnapshotFailedException(server.ref(), snapname);
			}
			this.backups.restore(server, backup.uuid(), truncate);
			return SnapshotRollback.of(backup.uuid());
		});
	}

	/**
	 * Deletes a snapshot: the backup on the panel and the gateway's note.
	 * @param ref the server
	 * @param snapname the snapshot's name
	 * @param caller who asks
	 * @param clientAddress the caller's address, for the audit log
	 * @return the deletion
	 * @throws SnapshotNotFoundException if the server has no backup of that name
	 */
	public SnapshotDeletion delete(ServerRef ref, String snapname, Caller caller, String clientAddress) {
		return audited(DELETE, ref, snapname, caller, clientAddress, (server) -> {
			Backup backup = find(server, snapname);
			this.backups.delete(server, backup.uuid());
			this.notes.deleteByBackup(server.panel(), backup.uuid());
			return SnapshotDeletion.of();
		});
	}

	/**
	 * The backup of that name; the newest one if backups made on the panel itself share
	 * it.
	 */
	private Backup find(DirectoryEntry server, String snapname) {
		return this.backups.list(server)
			.stream()
			.filter((backup) -> backup.name().equals(snapname))
			.max(Comparator.comparing(Backup::createdAt))
			.orElseThrow(() -> new SnapshotNotFoundException(server.ref(), snapname));
	}

	private <T> T audited(String action, ServerRef ref, String snapname, Caller caller, String clientAddress,
			Function<DirectoryEntry, T> work) {
		ServerRef target = ref;
		try {
			DirectoryEntry server = this.access.resolve(ref, caller);
			target = server.ref();
			T result = work.apply(server);
			this.audit.success(caller, clientAddress, action, target, snapname);
			return result;
		}
		catch (RuntimeException ex) {
			this.audit.failure(caller, clientAddress, action, target, snapname, ex);
			throw ex;
		}
	}

}
