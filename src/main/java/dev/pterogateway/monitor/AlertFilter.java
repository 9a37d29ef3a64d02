package dev.pterogateway.monitor;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/alerts} asks for.
 *
 * @param panel only this panel
 * @param identifier only this server
 * @param level only this level
 * @param open only open ({@code true}) or cleared ({@code false}) alerts
 * @param limit at most this many, newest first
 */
record AlertFilter(@Nullable String panel, @Nullable String identifier, @Nullable AlertLevel level,
		@Nullable Boolean open, int limit) {

}
