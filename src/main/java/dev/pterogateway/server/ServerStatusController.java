package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerStatusController {

	private final ServerStatusService status;

	ServerStatusController(ServerStatusService status) {
		this.status = status;
	}

	@GetMapping("/api/server/{id}/status")
	@Operation(operationId = "getServerStatus", summary = "Read a server's live state and usage",
			description = "Memory, disk and network in bytes; `max` is the limit (0 when unlimited, then `usage` "
					+ "is null); `usage` and `cpu` in percent of the server's own limit; `cpuAbsolute` as the panel "
					+ "reports it (100 = one core); `uptime` in seconds. The panel caches the figures 20 seconds.")
	@ApiResponse(responseCode = "200", description = "The state")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "Suspended, installing or otherwise unable to report "
					+ "(server_suspended, server_installing, server_install_failed, server_restoring_backup, "
					+ "server_transferring, node_maintenance), or ambiguous_server_id")
	ServerStatus status(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller) {
		return this.status.status(ServerRef.parse(id), caller);
	}

}
