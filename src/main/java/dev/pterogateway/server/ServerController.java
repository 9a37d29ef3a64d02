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
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "server")
@SecurityRequirement(name = "bearer")
class ServerController {

	/** How path ids are described. */
	static final String SERVER_ID = "the panel's 8-character identifier, or panel:identifier such as oci:1a7ce997";

	private final ServerQueryService queries;

	private final ServerDeletion deletion;

	ServerController(ServerQueryService queries, ServerDeletion deletion) {
		this.queries = queries;
		this.deletion = deletion;
	}

	@GetMapping("/api/server")
	@Operation(operationId = "listServers", summary = "List your servers on every panel",
			description = "Administrators see every server. Sorted by name, then panel. A panel that cannot be "
					+ "listed contributes the servers it had when it last could and makes the answer `degraded`.")
	@ApiResponse(responseCode = "200", description = "One page of servers")
	@ApiResponse(responseCode = "400", description = "Invalid paging, such as a size above 1000 (validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	ServerList list(@ParameterObject @Valid ServerListQuery query, @AuthenticationPrincipal Caller caller) {
		return this.queries.list(caller, query);
	}

	@CallsPanel
	@GetMapping("/api/server/{id}")
	@Operation(operationId = "getServer", summary = "Read a server's details",
			description = "From the panel's client and application APIs, with the catalog's OS template and "
					+ "tariff when the gateway created the server.")
	@ApiResponse(responseCode = "200", description = "The server")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "The bare identifier exists on several panels; use panel:identifier (ambiguous_server_id)")
	ServerDetails details(@Parameter(description = SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller) {
		return this.queries.details(ServerRef.parse(id), caller);
	}

	@CallsPanel
	@DeleteMapping("/api/server/{id}")
	@Operation(operationId = "deleteServer", summary = "Delete a server",
			description = "Administrators always; owners only when ptero.servers.owner-can-delete is on. "
					+ "Everything on the server is lost.")
	@ApiResponse(responseCode = "200", description = "Deleted")
	@ApiResponse(responseCode = "400", description = "Not a server id (invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "403", description = "Owners may not delete servers (delete_not_allowed)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409",
			description = "The bare identifier exists on several panels " + "(ambiguous_server_id)")
	@ApiResponse(responseCode = "501", description = "The panel has no application key (panel_api_not_configured)")
	DeletedServer delete(@Parameter(description = SERVER_ID) @PathVariable String id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.deletion.delete(ServerRef.parse(id), caller, http.getRemoteAddr());
	}

}
