/**
 * Snapshots: server backups on the owning panel, named by the caller, with descriptions
 * kept locally. Uses server (to resolve and authorize ids), panel, auth and audit.
 */
@NullMarked
package dev.pterogateway.snapshot;

import org.jspecify.annotations.NullMarked;
