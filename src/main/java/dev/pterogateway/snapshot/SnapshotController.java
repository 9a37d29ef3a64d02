package dev.pterogateway.snapshot;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.CallsPanel;
import dev.pterogateway.server.ServerRef;
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

import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/server/{id}/snapshots}: snapshots as Pterodactyl backups.
 */
@RestController
@CallsPanel
@Tag(name = "snapshots", description = "Snapshots of a server, kept as backups on its panel")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Invalid server id (invalid_server_id) or request (validation_failed)",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404",
		description = "No such server, or not the caller's (server_not_found); no such snapshot (snapshot_not_found)",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class SnapshotController {

	private static final String ID = "The server: its 8-character identifier, or panel:identifier";

	/** The 409 answers of a server that cannot act in its state, as for power. */
	private static final String SERVER_STATE = "the server cannot act in its state (server_suspended, "
			+ "server_installing, server_install_failed, server_restoring_backup, server_transferring, "
			+ "node_maintenance; server_state_conflict when the cause cannot be read)";

	private final SnapshotService snapshots;

	SnapshotController(SnapshotService snapshots) {
		this.snapshots = snapshots;
	}

	@PostMapping("/api/server/{id}/snapshots")
	@Operation(operationId = "createSnapshot", summary = "Take a snapshot",
			description = "Starts a backup named snapname on the server's panel; it completes asynchronously "
					+ "(watch the list). The description is kept by the gateway. taskId is the backup's uuid.")
	@ApiResponse(responseCode = "200", description = "Started")
	@ApiResponse(responseCode = "409",
			description = "Name taken (snapshot_exists); backup limit reached (backup_limit_reached); "
					+ "bare id on several panels (ambiguous_server_id); " + SERVER_STATE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "The panel allows only a few backups per server in a period (backup_throttled); "
					+ "see Retry-After",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CreatedSnapshot create(@Parameter(description = ID) @PathVariable String id,
			@Valid @RequestBody CreateSnapshotRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return this.snapshots.create(ServerRef.parse(id), request.snapname(), request.description(), caller,
				http.getRemoteAddr());
	}

	@GetMapping("/api/server/{id}/snapshots")
	@Operation(operationId = "listSnapshots", summary = "List snapshots",
			description = "Every backup of the server on its panel, with the descriptions kept by the gateway. "
					+ "snaptime is in seconds since the epoch, size in bytes.")
	@ApiResponse(responseCode = "200", description = "The snapshots, oldest first")
	@ApiResponse(responseCode = "409", description = "Bare id on several panels (ambiguous_server_id); " + SERVER_STATE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SnapshotList list(@Parameter(description = ID) @PathVariable String id, @AuthenticationPrincipal Caller caller) {
		return this.snapshots.list(ServerRef.parse(id), caller);
	}

	@PostMapping("/api/server/{id}/snapshots/rollback")
	@Operation(operationId = "rollbackSnapshot", summary = "Roll back to a snapshot",
			description = "Restores the backup named snapname. By default files that are not in the snapshot stay; "
					+ "send truncate=true to delete every file first. The server is restoring_backup until done.")
	@ApiResponse(responseCode = "200", description = "Restore started; taskId is the backup's uuid")
	@ApiResponse(responseCode = "409",
			description = "Snapshot still in progress (snapshot_not_ready) or failed (snapshot_failed); "
					+ "bare id on several panels (ambiguous_server_id); " + SERVER_STATE
					+ "; another refusal of the panel (panel_conflict)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SnapshotRollback rollback(@Parameter(description = ID) @PathVariable String id,
			@Valid @RequestBody RollbackSnapshotRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return this.snapshots.rollback(ServerRef.parse(id), request.snapname(), request.truncateFiles(), caller,
				http.getRemoteAddr());
	}

	@DeleteMapping("/api/server/{id}/snapshots")
	@Operation(operationId = "deleteSnapshot", summary = "Delete a snapshot",
			description = "Deletes the backup named snapname, given in the body or as ?snapname= "
					+ "(the query parameter wins when both are given).")
	@ApiResponse(responseCode = "200", description = "Deleted")
	@ApiResponse(responseCode = "409",
			description = "The snapshot is locked on the panel (backup_locked); "
					+ "bare id on several panels (ambiguous_server_id); " + SERVER_STATE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SnapshotDeletion delete(@Parameter(description = ID) @PathVariable String id,
			@Parameter(description = "The snapshot's name, instead of the body") @RequestParam(
					required = false) @Nullable String snapname,
			@Valid @RequestBody(required = false) @Nullable DeleteSnapshotRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.snapshots.delete(ServerRef.parse(id), nameOf(snapname, request), caller, http.getRemoteAddr());
	}

	private static String nameOf(@Nullable String query, @Nullable DeleteSnapshotRequest body) {
		if (query != null && !query.isBlank()) {
			return query;
		}
		if (body != null) {
			return body.snapname();
		}
		throw new SnapshotNameRequiredException();
	}

}
