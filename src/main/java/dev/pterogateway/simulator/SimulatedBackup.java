package dev.pterogateway.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Read-only view of a backup of a simulated server.
 *
 * @param uuid the backup uuid
 * @param name the backup name
 * @param successful whether it completed successfully
 * @param locked whether it is locked
 * @param checksum {@code sha1:<hash>} once completed, else null
 * @param bytes the size once completed, else 0
 * @param createdAt when it was created
 * @param completedAt when it completed, or null while in progress
 * @param deleted whether it was deleted (still counted by the throttle)
 */
public record SimulatedBackup(String uuid, String name, boolean successful, boolean locked, @Nullable String checksum,
		long bytes, Instant createdAt, @Nullable Instant completedAt, boolean deleted) {

}
