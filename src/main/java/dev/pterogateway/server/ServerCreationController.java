package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerCreationController {

	private final ServerCreationService creation;

	ServerCreationController(ServerCreationService creation) {
		this.creation = creation;
	}

	@PostMapping("/api/server/create")
	@Operation(operationId = "createServer", summary = "Create a server from an OS template and a tariff",
			description = "Creates it on the template's panel (or the first panel with room) with the tariff's "
					+ "limits, owned by the caller's panel account there. That account is created when the caller "
					+ "has none, and its generated password is returned once as rootPassword. The server comes "
					+ "back installing.")
	@ApiResponse(responseCode = "201", description = "Created; the panel installs it now")
	@ApiResponse(responseCode = "400", description = "Invalid request (validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "Unknown osId (unknown_os_template) or tariffId (unknown_tariff)")
	@ApiResponse(responseCode = "409",
			description = "No panel has room (no_panel_with_room, panel_conflict), or the panel account with the "
					+ "caller's e-mail belongs to another user (panel_account_taken)")
	@ApiResponse(responseCode = "422", description = "The panel rejected the server (panel_validation_failed)")
	@ApiResponse(responseCode = "501", description = "The panel has no application key (panel_api_not_configured)")
	ResponseEntity<ServerCreationResult> create(@Valid @RequestBody ServerCreationRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		ServerCreationResult created = this.creation.create(request.osId(), request.tariffId(), request.name(), caller,
				http.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

}
