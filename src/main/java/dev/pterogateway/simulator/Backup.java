package dev.pterogateway.simulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A server backup; kept after deletion (flagged) because the throttle still counts it.
 */
final class Backup {

	final String uuid;

	final String name;

	final List<String> ignoredFiles;

	boolean successful;

	boolean locked;

	@Nullable String checksum;

	long bytes;

	final Instant createdAt;

	@Nullable Instant completedAt;

	boolean deleted;

	Backup(String uuid, String name, List<String> ignoredFiles, boolean locked, Instant createdAt) {
		this.uuid = uuid;
		this.name = name;
		this.ignoredFiles = List.copyOf(ignoredFiles);
		this.locked = locked;
		this.createdAt = createdAt;
	}

	boolean inProgress() {
		return !this.successful && this.completedAt == null;
	}

	boolean failed() {
		return !this.successful && this.completedAt != null;
	}

	SimulatedBackup view() {
		return new SimulatedBackup(this.uuid, this.name, this.successful, this.locked, this.checksum, this.bytes,
				this.createdAt, this.completedAt, this.deleted);
	}

}
