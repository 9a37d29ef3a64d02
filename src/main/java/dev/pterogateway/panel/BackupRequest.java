package dev.pterogateway.panel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to back up ({@code POST /api/client/servers/{server}/backups}).
 *
 * @param name the backup's name, or {@code null} for the panel's "Backup at …"
 * @param ignoredFiles patterns of files to leave out (sent as one newline-separated
 * string, as the panel expects)
 * @param locked whether to protect it from deletion
 */
public record BackupRequest(@Nullable String name, List<String> ignoredFiles, boolean locked) {

	public BackupRequest {
		ignoredFiles = List.copyOf(ignoredFiles);
	}

	/**
	 * A backup with a name, no ignored files, unlocked.
	 * @param name the name
	 * @return the request
	 */
	public static BackupRequest named(String name) {
		return new BackupRequest(name, List.of(), false);
	}

}
