package dev.pterogateway.snapshot;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway keeps about one snapshot besides the panel's backup: the caller's
 * description (the panel has no such field) and who made it.
 */
@Entity
@Table(name = "snapshot_notes")
class SnapshotNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String panel;

	@Column(nullable = false)
	private String identifier;

	@Column(name = "backup_uuid", nullable = false)
	private String backupUuid;

	@Column(nullable = false)
	private String snapname;

	@Column
	private @Nullable String description;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SnapshotNote() {
		this.panel = "";
		this.identifier = "";
		this.backupUuid = "";
		this.snapname = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	SnapshotNote(String panel, String identifier, String backupUuid, String snapname, @Nullable String description,
			String createdBy, Instant createdAt) {
		this.panel = panel;
		this.identifier = identifier;
		this.backupUuid = backupUuid;
		this.snapname = snapname;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	String getBackupUuid() {
		return this.backupUuid;
	}

	@Nullable String getDescription() {
		return this.description;
	}

}
