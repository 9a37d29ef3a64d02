package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CallsPanel
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ResizeController {

	private final ResizeService resizes;

	ResizeController(ResizeService resizes) {
		this.resizes = resizes;
	}

	@PutMapping("/api/server/{id}/resize")
	@Operation(operationId = "resizeServer", summary = "Change a server's cores, memory or disk",
			description = "Only the given limits change (MiB; cores become a cpu limit of cores × 100 %). A user "
					+ "stays within the tariff the server was created with; an administrator may go beyond it. A "
					+ "server without a tariff is resized by administrators only, unless "
					+ "ptero.servers.owner-can-resize-without-tariff is on.")
	@ApiResponse(responseCode = "200", description = "Resized; all limits as the panel now has them")
	@ApiResponse(responseCode = "400",
			description = "Not a server id (invalid_server_id), or no limit given or one not positive "
					+ "(validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "403",
			description = "The server has no tariff to bound the resize and only administrators may resize it "
					+ "(resize_needs_tariff)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "Beyond the server's tariff (exceeds_tariff), or the bare identifier exists on several "
					+ "panels (ambiguous_server_id)")
	@ApiResponse(responseCode = "422", description = "The panel rejected the build (panel_validation_failed)")
	@ApiResponse(responseCode = "501", description = "The panel has no application key (panel_api_not_configured)")
	ResizeResult resize(@Parameter(description = ServerController.SERVER_ID) @PathVariable String id,
			@Valid @RequestBody ResizeServerRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return this.resizes.resize(ServerRef.parse(id), request.toResize(), caller, http.getRemoteAddr());
	}

}
