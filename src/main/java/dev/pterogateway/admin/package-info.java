/**
 * The {@code /api/admin} surface: gateway users and their panel-account links, the audit
 * log, and (later) panel users, nodes, locations, nests and eggs. Uses panel, auth and
 * audit.
 */
@NullMarked
package dev.pterogateway.admin;

import org.jspecify.annotations.NullMarked;
