package dev.pterogateway.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Restores a snapshot ({@code POST /api/server/{id}/snapshots/rollback}). Any backup name
 * is accepted, so that backups made on the panel itself can be restored too.
 *
 * @param snapname the snapshot's name
 * @param truncate whether to delete all the server's files before restoring; absent means
 * {@code false}, so files that are not in the snapshot stay (as in the panel UI)
 */
record RollbackSnapshotRequest(@NotBlank @Size(max = 191) String snapname, @Nullable Boolean truncate) {

	boolean truncateFiles() {
		return Boolean.TRUE.equals(this.truncate);
	}

}
