package dev.pterogateway.snapshot;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new snapshot ({@code POST /api/server/{id}/snapshots}).
 *
 * @param snapname the name, unique among the server's backups: 1 to 64 letters, digits,
 * dots, dashes or underscores
 * @param description a note kept by the gateway (the panel has no such field), at most
 * 500 characters
 */
record CreateSnapshotRequest(
		@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "must be 1 to 64 letters, digits, dots, dashes or underscores") String snapname,
		@Nullable @Size(max = 500) String description) {

}
