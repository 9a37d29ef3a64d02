package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
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

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerPasswordController {

	private final ServerPasswordReset reset;

	ServerPasswordController(ServerPasswordReset reset) {
		this.reset = reset;
	}

	@PostMapping("/api/server/{id}/password")
	@Operation(operationId = "resetServerPassword", summary = "Give the server's owner a new panel password",
			description = "A generated 24-character password for the owner's panel account (panel login and "
					+ "SFTP), shown in this answer only. The old password stops working at once.")
	@ApiResponse(responseCode = "200", description = "The new password")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "The owner is an administrator of the panel "
					+ "(owner_is_panel_admin), or ambiguous_server_id")
	@ApiResponse(responseCode = "501", description = "The panel has no application key (panel_api_not_configured)")
	PasswordReset reset(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.reset.reset(ServerRef.parse(id), caller, http.getRemoteAddr());
	}

}
