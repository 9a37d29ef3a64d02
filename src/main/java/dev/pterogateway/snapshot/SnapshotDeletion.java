package dev.pterogateway.snapshot;

/**
 * A deleted snapshot, in the seed API's envelope.
 *
 * @param status always {@code success}
 */
public record SnapshotDeletion(String status) {

	static SnapshotDeletion of() {
		return new SnapshotDeletion("success");
	}

}
