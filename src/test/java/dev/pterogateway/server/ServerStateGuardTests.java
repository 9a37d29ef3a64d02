package dev.pterogateway.server;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServerStateGuardTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			# status,            suspended, maintenance, installing, transferring, reason
			,                    true,      true,        true,       true,         SUSPENDED
			,                    false,     true,        true,       false,        NODE_MAINTENANCE
			install_failed,      false,     false,       true,       false,        INSTALL_FAILED
			installing,          false,     false,       true,       false,        INSTALLING
			restoring_backup,    false,     false,       false,      false,        RESTORING_BACKUP
			,                    false,     false,       false,      true,         TRANSFERRING
			""")
	void reasonOfWhenServerIsInConflictNamesTheFirstCause(String status, boolean suspended, boolean maintenance,
			boolean installing, boolean transferring, ServerStateConflictException.Reason reason) {
		assertThat(ServerStateGuard.reasonOf(RecordedPanel
			.clientServer((json) -> edit(json, status, suspended, maintenance, installing, transferring))))
			.contains(reason);
	}

	@ParameterizedTest
	@CsvSource({ "''", "reinstall_failed" })
	void reasonOfWhenServerIsUsableHasNone(String status) {
		assertThat(ServerStateGuard
			.reasonOf(RecordedPanel.clientServer((json) -> edit(json, status, false, false, false, false))))
			.isEqualTo(Optional.empty());
	}

	private static String edit(String json, String status, boolean suspended, boolean maintenance, boolean installing,
			boolean transferring) {
		return json
			.replace("\"status\": null",
					"\"status\": " + ((status == null || status.isEmpty()) ? "null" : "\"" + status + "\""))
			.replace("\"is_suspended\": false", "\"is_suspended\": " + suspended)
			.replace("\"is_node_under_maintenance\": false", "\"is_node_under_maintenance\": " + maintenance)
			.replace("\"is_installing\": false", "\"is_installing\": " + installing)
			.replace("\"is_transferring\": false", "\"is_transferring\": " + transferring);
	}

}
