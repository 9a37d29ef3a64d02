package dev.pterogateway.snapshot;

/**
 * A restore the panel started; the server is {@code restoring_backup} until it is done.
 *
 * @param status always {@code success}
 * @param taskId the uuid of the backup being restored
 */
public record SnapshotRollback(String status, String taskId) {

	static SnapshotRollback of(String backupUuid) {
		return new SnapshotRollback("success", backupUuid);
	}

}
