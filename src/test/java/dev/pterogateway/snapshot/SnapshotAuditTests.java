package dev.pterogateway.snapshot;

import dev.pterogateway.panel.PanelConflictException;
import dev.pterogateway.server.ServerNotFoundException;
import dev.pterogateway.server.ServerRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotAuditTests {

	@Test
	void describeWhenOurOwnProblemGivesItsCode() {
		assertThat(SnapshotAudit.describe(new SnapshotNotFoundException(ServerRef.parse("oci:1a7ce997"), "gone")))
			.isEqualTo("snapshot_not_found");
		assertThat(SnapshotAudit.describe(new ServerNotFoundException(ServerRef.parse("1a7ce997"))))
			.isEqualTo("server_not_found");
	}

	@Test
	void describeWhenPanelRefusedGivesPanelCodeAndDetail() {
		PanelConflictException locked = new PanelConflictException("oci", 400, "BackupLockedException",
				"Cannot delete a backup that is marked as locked.");

		assertThat(SnapshotAudit.describe(locked))
			.isEqualTo("panel oci BackupLockedException: Cannot delete a backup that is marked as locked.");
	}

	@Test
	void describeWhenPanelDetailIsLongCutsItToOneShortLine() {
		PanelConflictException chatty = new PanelConflictException("main", 400, null, "x".repeat(500));

		String detail = SnapshotAudit.describe(chatty);

		assertThat(detail).hasSize(200).startsWith("panel main HTTP 400: xxx").endsWith("…");
	}

	@Test
	void describeWhenUnexpectedGivesOnlyTheExceptionType() {
		assertThat(SnapshotAudit.describe(new IllegalStateException("internal detail")))
			.isEqualTo("IllegalStateException");
	}

}
