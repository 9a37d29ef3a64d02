/**
 * The {@code /api/server} surface: server identity ({@code ServerRef}), the cross-panel
 * {@code ServerDirectory} and the server services. Uses panel, auth, catalog and audit.
 */
@NullMarked
package dev.pterogateway.server;

import org.jspecify.annotations.NullMarked;
