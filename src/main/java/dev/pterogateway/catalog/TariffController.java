package dev.pterogateway.catalog;

import java.util.List;

import dev.pterogateway.auth.Caller;
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
class TariffController {

	private final TariffService tariffs;

	TariffController(TariffService tariffs) {
		this.tariffs = tariffs;
	}

	@GetMapping("/api/catalog/tariffs")
	@Operation(operationId = "listTariffs", summary = "List the tariffs")
	@ApiResponse(responseCode = "200", description = "The tariffs, oldest first")
	List<Tariff> list() {
		return this.tariffs.list();
	}

	@GetMapping("/api/catalog/tariffs/{id}")
	@Operation(operationId = "getTariff", summary = "Get a tariff")
	@ApiResponse(responseCode = "200", description = "The tariff")
	@ApiResponse(responseCode = "404", description = "No such tariff (unknown_tariff)")
	Tariff get(@PathVariable long id) {
		return this.tariffs.require(id);
	}

	@PostMapping("/api/catalog/tariffs")
	@Operation(operationId = "createTariff", summary = "Create a tariff (ADMIN)")
	@ApiResponse(responseCode = "201", description = "The new tariff")
	@ApiResponse(responseCode = "400", description = "Invalid tariff (validation_failed)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	ResponseEntity<Tariff> create(@Valid @RequestBody TariffRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.tariffs.create(request, caller, http.getRemoteAddr()));
	}

	@PutMapping("/api/catalog/tariffs/{id}")
	@Operation(operationId = "updateTariff", summary = "Replace a tariff (ADMIN)",
			description = "Servers already created keep their limits; resizes are checked against the new values.")
	@ApiResponse(responseCode = "200", description = "The tariff after the change")
	@ApiResponse(responseCode = "400", description = "Invalid tariff (validation_failed)")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	@ApiResponse(responseCode = "404", description = "No such tariff (unknown_tariff)")
	Tariff update(@PathVariable long id, @Valid @RequestBody TariffRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.tariffs.update(id, request, caller, http.getRemoteAddr());
	}

	@DeleteMapping("/api/catalog/tariffs/{id}")
	@Operation(operationId = "deleteTariff", summary = "Delete a tariff (ADMIN)",
			description = "Servers created with it keep their limits; their resizes no longer have a tariff ceiling.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
	@ApiResponse(responseCode = "404", description = "No such tariff (unknown_tariff)")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		this.tariffs.delete(id, caller, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
