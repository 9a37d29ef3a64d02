package dev.pterogateway.admin;

import java.time.Instant;

import dev.pterogateway.audit.AuditEntry;
import dev.pterogateway.audit.AuditFilter;
import dev.pterogateway.audit.AuditQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
class AdminAuditController {

	private final AuditQuery audit;

	AdminAuditController(AuditQuery audit) {
		this.audit = audit;
	}

	@GetMapping("/api/admin/audit")
	@Operation(summary = "Read the audit log", description = "Newest first, paged.")
	@ApiResponse(responseCode = "200", description = "One page of audit events")
	@ApiResponse(responseCode = "400", description = "Invalid parameter (validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	ResultPage<AuditEntry> search(
			@Parameter(description = "the actor's e-mail") @RequestParam(required = false) @Nullable String user,
			@Parameter(description = "the action, or a prefix ending with * such as auth.*") @RequestParam(
					required = false) @Nullable String action,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(
					required = false) @Nullable Instant since,
			@Parameter(description = "page size") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
			@Parameter(description = "page index, from 0") @RequestParam(defaultValue = "0") @Min(0) int page) {
		return ResultPage.of(this.audit.search(new AuditFilter(user, action, since), page, limit));
	}

}
