package dev.pterogateway.server;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How current the directory's knowledge of one panel is.
 *
 * @param panel the panel
 * @param lastLoadedAt when its servers were last listed successfully, or {@code null} if
 * never
 * @param failure why the latest listing failed, or {@code null} if it succeeded
 */
public record DirectoryState(String panel, @Nullable Instant lastLoadedAt, @Nullable String failure) {

	/**
	 * Whether the latest listing succeeded.
	 * @return {@code true} if the panel's servers are current
	 */
	public boolean isCurrent() {
		return this.failure == null && this.lastLoadedAt != null;
	}

}
