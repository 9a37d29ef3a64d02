package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import dev.pterogateway.panel.PowerSignal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Power actions. Each is only accepted by the panel; the state changes asynchronously.
 * The error answers are the same for all four; they are documented on each.
 */
@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerPowerController {

	/** The 409 answers of a power action. */
	static final String CONFLICTS = "The server cannot act in its state (server_suspended, server_installing, "
			+ "server_install_failed, server_restoring_backup, server_transferring, node_maintenance), "
			+ "or the bare identifier exists on several panels (ambiguous_server_id)";

	private final ServerPowerService power;

	ServerPowerController(ServerPowerService power) {
		this.power = power;
	}

	@PostMapping("/api/server/{id}/start")
	@Operation(operationId = "startServer", summary = "Start a server",
			description = "Accepted at once; the server then goes starting → running (follow /status).")
	@ApiResponse(responseCode = "200", description = "Accepted")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = CONFLICTS)
	PowerOutcome start(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.power.power(ServerRef.parse(id), PowerSignal.START, caller, http.getRemoteAddr());
	}

	@PostMapping("/api/server/{id}/stop")
	@Operation(operationId = "stopServer", summary = "Stop a server",
			description = "Accepted at once; the server then goes stopping → offline with the game's own stop "
					+ "command.")
	@ApiResponse(responseCode = "200", description = "Accepted")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = CONFLICTS)
	PowerOutcome stop(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.power.power(ServerRef.parse(id), PowerSignal.STOP, caller, http.getRemoteAddr());
	}

	@PostMapping("/api/server/{id}/restart")
	@Operation(operationId = "restartServer", summary = "Restart a server",
			description = "Accepted at once; the server then stops and starts again.")
	@ApiResponse(responseCode = "200", description = "Accepted")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = CONFLICTS)
	PowerOutcome restart(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.power.power(ServerRef.parse(id), PowerSignal.RESTART, caller, http.getRemoteAddr());
	}

	@PostMapping("/api/server/{id}/kill")
	@Operation(operationId = "killServer", summary = "Kill a server's process",
			description = "Accepted at once; the process is killed without the game's stop command (data since "
					+ "the last save may be lost).")
	@ApiResponse(responseCode = "200", description = "Accepted")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = CONFLICTS)
	PowerOutcome kill(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.power.power(ServerRef.parse(id), PowerSignal.KILL, caller, http.getRemoteAddr());
	}

}
