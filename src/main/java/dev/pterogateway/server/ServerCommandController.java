package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerCommandController {

	private final ServerCommandService commands;

	ServerCommandController(ServerCommandService commands) {
		this.commands = commands;
	}

	@PostMapping("/api/server/{id}/command")
	@Operation(operationId = "sendServerCommand", summary = "Type a command into a server's console",
			description = "The output appears on the console (websocket or the gateway's console topic).")
	@ApiResponse(responseCode = "204", description = "Sent")
	@ApiResponse(responseCode = "400",
			description = "Not a server id (invalid_server_id), or an empty or longer than 2000 characters "
					+ "command (validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "The server is not running (server_offline), cannot act in "
					+ "its state (server_suspended, server_installing …), or ambiguous_server_id")
	@ApiResponse(responseCode = "502", description = "The panel or its node failed (panel_unavailable, panel_error)")
	@ApiResponse(responseCode = "504", description = "The panel or its node did not answer in time (panel_timeout)")
	ResponseEntity<Void> send(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@Valid @RequestBody CommandRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		this.commands.send(ServerRef.parse(id), request.command(), caller, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
