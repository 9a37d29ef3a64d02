package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.server.ServerRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "monitor")
@SecurityRequirement(name = "bearer")
class StatsHistoryController {

	private final StatsHistoryService history;

	StatsHistoryController(StatsHistoryService history) {
		this.history = history;
	}

	@GetMapping("/api/server/{id}/stats/history")
	@Operation(operationId = "getServerStatsHistory", summary = "Read a server's stored usage samples",
			description = "Samples the monitor stored, oldest first: raw (one per sweep) while `from` lies within "
					+ "the raw retention (24 h by default), else 5-minute averages (kept 30 days). `step` (ISO-8601 "
					+ "duration such as `PT15M`) averages them further. Default range: the last hour. At most "
					+ StatsHistoryService.MAX_SAMPLES + " samples.")
	@ApiResponse(responseCode = "200", description = "The samples")
	@ApiResponse(responseCode = "400",
			description = "Not a server id (invalid_server_id), or a bad range or step (invalid_history_range)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No such server that you may see (server_not_found)")
	@ApiResponse(responseCode = "409", description = "A bare id on several panels (ambiguous_server_id)")
	StatsHistoryResponse history(
			@Parameter(description = "The server: identifier, panel:identifier or UUID") @PathVariable String id,
			@Parameter(description = "Start (ISO-8601), default one hour before `to`") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@Parameter(description = "End (ISO-8601), default now") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@Parameter(description = "Average over buckets of this width (ISO-8601 duration)") @RequestParam(
					required = false) @Nullable Duration step,
			@AuthenticationPrincipal Caller caller) {
		return this.history.history(ServerRef.parse(id), caller, from, to, step);
	}

}
