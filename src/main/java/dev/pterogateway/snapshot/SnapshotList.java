package dev.pterogateway.snapshot;

import java.util.List;

/**
 * The snapshots of a server, in the seed API's envelope.
 *
 * @param status always {@code success}
 * @param data the snapshots, oldest first
 */
public record SnapshotList(String status, List<Snapshot> data) {

	public SnapshotList {
		data = List.copyOf(data);
	}

	static SnapshotList of(List<Snapshot> snapshots) {
		return new SnapshotList("success", snapshots);
	}

}
