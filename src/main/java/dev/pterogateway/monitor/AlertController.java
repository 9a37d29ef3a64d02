package dev.pterogateway.monitor;

import dev.pterogateway.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "monitor")
@SecurityRequirement(name = "bearer")
class AlertController {

	private final AlertService alerts;

	AlertController(AlertService alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/api/alerts")
	@Operation(operationId = "listAlerts", summary = "List alerts",
			description = "Alerts of your servers, newest first; administrators see every alert, including "
					+ "`panel_unreachable` ones (which have no `serverId`). `kind`: cpu, memory, disk, crash, "
					+ "panel_unreachable; `level`: warning, critical; `status`: open or cleared.")
	@ApiResponse(responseCode = "200", description = "The alerts")
	@ApiResponse(responseCode = "400", description = "A bad filter (validation_failed, invalid_server_id)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "`server` names no server that you may see (server_not_found)")
	AlertList list(
			@Parameter(description = "Only this server (identifier, panel:identifier or UUID)") @RequestParam(
					required = false) @Nullable String server,
			@Parameter(description = "Only this level: warning or critical") @RequestParam(
					required = false) @Nullable String level,
			@Parameter(description = "Only open or cleared alerts") @RequestParam(
					required = false) @Nullable String status,
			@Parameter(description = "At most this many (1-500, default 100)") @RequestParam(
					defaultValue = "100") int limit,
			@AuthenticationPrincipal Caller caller) {
		return new AlertList(this.alerts.list(caller, server, AlertQuery.level(level), AlertQuery.open(status),
				AlertQuery.limit(limit)));
	}

	@PostMapping("/api/alerts/{id}/ack")
	@Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an alert",
			description = "Marks the alert as seen (`acknowledgedAt`, `acknowledgedBy`); it stays open until its "
					+ "condition clears. Audited as `alert.ack`.")
	@ApiResponse(responseCode = "200", description = "The acknowledged alert")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such alert that you may see (alert_not_found)")
	Alert acknowledge(@Parameter(description = "The alert's id") @PathVariable long id,
			@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return this.alerts.acknowledge(id, caller, request.getRemoteAddr());
	}

}
