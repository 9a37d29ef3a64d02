package dev.pterogateway.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Deletes a snapshot ({@code DELETE /api/server/{id}/snapshots}); the name may also come
 * as {@code ?snapname=}. Any backup name is accepted, so that backups made on the panel
 * itself can be deleted too.
 *
 * @param snapname the snapshot's name
 */
record DeleteSnapshotRequest(@NotBlank @Size(max = 191) String snapname) {

}
