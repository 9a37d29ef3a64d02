package dev.pterogateway.snapshot;

import java.util.Map;

import dev.pterogateway.panel.Backup;
import org.jspecify.annotations.Nullable;

/**
 * One snapshot of a server: a backup on its panel, with the description kept by the
 * gateway.
 *
 * @param name the snapshot's (the backup's) name
 * @param description the description given at creation, or {@code null}
 * @param snaptime when it was started, in seconds since the epoch
 * @param uuid the backup's uuid (the {@code taskId} of its creation)
 * @param size its size in bytes (0 until completed)
 * @param completed whether the panel finished making it (successfully or not)
 * @param successful whether it completed successfully; only such a snapshot can be
 * restored
 * @param locked whether it is protected from deletion
 */
public record Snapshot(String name, @Nullable String description, long snaptime, String uuid, long size,
		boolean completed, boolean successful, boolean locked) {

	static Snapshot from(Backup backup, Map<String, SnapshotNote> notesByUuid) {
		SnapshotNote note = notesByUuid.get(backup.uuid());
		return new Snapshot(backup.name(), (note != null) ? note.getDescription() : null,
				backup.createdAt().getEpochSecond(), backup.uuid(), backup.bytes(), !backup.inProgress(),
				backup.successful(), backup.locked());
	}

}
