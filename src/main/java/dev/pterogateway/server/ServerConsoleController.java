package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerConsoleController {

	private final ConsoleAccessService console;

	ServerConsoleController(ConsoleAccessService console) {
		this.console = console;
	}

	@PostMapping("/api/server/console")
	@Operation(operationId = "openServerConsole", summary = "Get credentials for a server's console",
			description = "The Wings websocket URL and a token for direct use (valid until expiresAt, 10 minutes; "
					+ "ask again for a new one), and the STOMP topic on which the gateway relays the console.")
	@ApiResponse(responseCode = "200", description = "The credentials")
	@ApiResponse(responseCode = "400", description = "No or not a server id in id or vmid (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = "Suspended or its node in maintenance (server_suspended, "
			+ "node_maintenance), or ambiguous_server_id")
	ConsoleAccess open(@RequestBody ConsoleRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return this.console.open(request.server(), caller, http.getRemoteAddr());
	}

}
