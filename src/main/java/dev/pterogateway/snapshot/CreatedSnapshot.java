package dev.pterogateway.snapshot;

/**
 * A snapshot the panel started making; it is in progress until the panel lists it as
 * completed.
 *
 * @param status always {@code success}
 * @param snapname the snapshot's name
 * @param taskId the new backup's uuid
 */
public record CreatedSnapshot(String status, String snapname, String taskId) {

	static CreatedSnapshot of(String snapname, String backupUuid) {
		return new CreatedSnapshot("success", snapname, backupUuid);
	}

}
