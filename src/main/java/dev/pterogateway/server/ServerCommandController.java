package dev.pterogateway.server;

import java.time.Duration;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerCommandController {

	private final ConsoleCommandService console;

	ServerCommandController(ConsoleCommandService console) {
		this.console = console;
	}

	@PostMapping("/api/server/{id}/command")
	@Operation(operationId = "sendServerCommand", summary = "Type a command into a server's console",
			description = "The output appears on the console (websocket or the gateway's console topic). "
					+ "With waitForOutput (or waitMs in the body) the answer is what the console printed: the "
					+ "lines from the first one after the command until it was quiet for 300 ms, or status "
					+ "timeout when nothing came in time.")
	@ApiResponse(responseCode = "200", description = "Sent, with the output (only when waiting for output)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommandOutput.class)))
	@ApiResponse(responseCode = "204", description = "Sent", content = @Content)
	@ApiResponse(responseCode = "400",
			description = "Not a server id (invalid_server_id), an empty or longer than 2000 characters "
					+ "command (validation_failed), or a wait for output not in (0, 30 s] (invalid_output_wait)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "The server is not running (server_offline), cannot act in "
					+ "its state (server_suspended, server_installing …), or ambiguous_server_id")
	@ApiResponse(responseCode = "502",
			description = "The panel or its node failed (panel_unavailable, panel_error), or Wings refused the "
					+ "console token while waiting for output (console_auth_failed)")
	@ApiResponse(responseCode = "503",
			description = "The console could not be opened while waiting for output (console_unavailable)")
	ResponseEntity<CommandOutput> send(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@Parameter(
					description = "Wait up to this long (ISO-8601, e.g. PT5S) for the output and return it") @RequestParam(
							required = false) @Nullable Duration waitForOutput,
			@Valid @RequestBody CommandRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		Duration wait = (waitForOutput != null) ? waitForOutput
				: ((request.waitMs() != null) ? Duration.ofMillis(request.waitMs()) : null);
		if (wait != null) {
			return ResponseEntity.ok(this.console.sendAndCollect(ServerRef.parse(id), request.command(), wait, caller,
					http.getRemoteAddr()));
		}
		this.console.send(ServerRef.parse(id), request.command(), caller, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
