package dev.pterogateway.panel;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A backup of a server ({@code /api/client/servers/{server}/backups}). Backups are made
 * asynchronously: a new one has {@code completedAt == null} until Wings reports.
 *
 * @param uuid the backup's uuid (its id in paths)
 * @param successful whether it completed successfully
 * @param locked whether it is protected from deletion
 * @param name its name
 * @param ignoredFiles the ignore patterns it was made with
 * @param checksum {@code "<type>:<hash>"}, or {@code null} until done
 * @param bytes its size in bytes (0 until done)
 * @param createdAt when it was started
 * @param completedAt when it finished (successfully or not), or {@code null} while
 * running
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Backup(@JsonProperty("uuid") String uuid, @JsonProperty("is_successful") boolean successful,
		@JsonProperty("is_locked") boolean locked, @JsonProperty("name") String name,
		@JsonProperty("ignored_files") List<String> ignoredFiles, @JsonProperty("checksum") @Nullable String checksum,
		@JsonProperty("bytes") long bytes, @JsonProperty("created_at") Instant createdAt,
		@JsonProperty("completed_at") @Nullable Instant completedAt) {

	public Backup {
		ignoredFiles = (ignoredFiles != null) ? List.copyOf(ignoredFiles) : List.of();
	}

	/**
	 * Whether Wings is still making it.
	 * @return {@code true} while {@code completed_at} is null
	 */
	public boolean inProgress() {
		return this.completedAt == null;
	}

	/**
	 * Whether it finished without success (failed backups do not count toward the limit).
	 * @return {@code true} if completed and not successful
	 */
	public boolean failed() {
		return this.completedAt != null && !this.successful;
	}

}
