package dev.pterogateway.catalog;

import java.util.List;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "catalog", description = "Tariffs and OS templates for server creation")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
class OsTemplateController {

	private final OsTemplateService templates;

	OsTemplateController(OsTemplateService templates) {
		this.templates = templates;
	}

	@GetMapping("/api/catalog/os-templates")
	@Operation(operationId = "listOsTemplates", summary = "List the OS templates")
	@ApiResponse(responseCode = "200", description = "The templates, oldest first")
	List<OsTemplate> list() {
		return this.templates.list();
	}

	@GetMapping("/api/catalog/os-templates/{id}")
	@Operation(operationId = "getOsTemplate", summary = "Get an OS template")
	@ApiResponse(responseCode = "200", description = "The template")
	@ApiResponse(responseCode = "404", description = "No such template (unknown_os_template)")
	OsTemplate get(@PathVariable long id) {
		return this.templates.require(id);
	}

	@CallsPanel
	@PostMapping("/api/catalog/os-templates")
	@Operation(operationId = "createOsTemplate", summary = "Create an OS template (ADMIN)",
			description = "The panel must be configured and, when it has an application key, have the egg. "
					+ "Without a panel the template installs on the first panel with room.")
	@ApiResponse(responseCode = "201", description = "The new template")
	@ApiResponse(responseCode = "400",
			description = "Invalid template (validation_failed), unknown panel (unknown_panel) or egg (unknown_egg)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	@ApiResponse(responseCode = "502", description = "The panel could not be asked about the egg (panel_unavailable)")
	ResponseEntity<OsTemplate> create(@Valid @RequestBody OsTemplateRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.templates.create(request, caller, http.getRemoteAddr()));
	}

	@CallsPanel
	@PutMapping("/api/catalog/os-templates/{id}")
	@Operation(operationId = "updateOsTemplate", summary = "Replace an OS template (ADMIN)")
	@ApiResponse(responseCode = "200", description = "The template after the change")
	@ApiResponse(responseCode = "400",
			description = "Invalid template (validation_failed), unknown panel (unknown_panel) or egg (unknown_egg)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	@ApiResponse(responseCode = "404", description = "No such template (unknown_os_template)")
	@ApiResponse(responseCode = "502", description = "The panel could not be asked about the egg (panel_unavailable)")
	OsTemplate update(@PathVariable long id, @Valid @RequestBody OsTemplateRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.templates.update(id, request, caller, http.getRemoteAddr());
	}

	@DeleteMapping("/api/catalog/os-templates/{id}")
	@Operation(operationId = "deleteOsTemplate", summary = "Delete an OS template (ADMIN)")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	@ApiResponse(responseCode = "404", description = "No such template (unknown_os_template)")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		this.templates.delete(id, caller, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
