package dev.pterogateway.monitor;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "monitor")
@SecurityRequirement(name = "bearer")
class MonitorPanelsController {

	private final MonitorSweep sweep;

	MonitorPanelsController(MonitorSweep sweep) {
		this.sweep = sweep;
	}

	@GetMapping("/api/admin/monitor/panels")
	@Operation(operationId = "listMonitoredPanels",
			summary = "How the latest sweep of each panel went (administrators)",
			description = "`status` is `degraded` while a panel does not answer (an open `panel_unreachable` "
					+ "alert), else `ok`; `budget` is the polls one sweep may spend within the panel's rate limit, "
					+ "`polled` how many it sent, `oldestSample` the age in seconds of the least fresh server.")
	@ApiResponse(responseCode = "200", description = "One entry per swept panel")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	List<PanelSweepStatus> panels() {
		return this.sweep.statuses();
	}

}
