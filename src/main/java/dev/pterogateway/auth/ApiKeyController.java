package dev.pterogateway.auth;

import java.util.List;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
@SecurityRequirement(name = SecurityConfiguration.BEARER)
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@PostMapping("/api/auth/api-keys")
	@Operation(summary = "Create an API key",
			description = "The full key is in this answer only; afterwards the key is known by its prefix.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid request (validation_failed)")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	ResponseEntity<CreatedApiKey> create(@Valid @RequestBody CreateApiKeyRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.keys.create(caller, request, http.getRemoteAddr()));
	}

	@GetMapping("/api/auth/api-keys")
	@Operation(summary = "List your API keys, masked")
	@ApiResponse(responseCode = "200", description = "The caller's active keys")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	List<ApiKeySummary> list(@AuthenticationPrincipal Caller caller) {
		return this.keys.list(caller);
	}

	@DeleteMapping("/api/auth/api-keys/{prefix}")
	@Operation(summary = "Revoke an API key", description = "The key answers 401 from the next call on.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	@ApiResponse(responseCode = "404", description = "No active key with that prefix (api_key_not_found)")
	ResponseEntity<Void> revoke(@PathVariable String prefix, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		this.keys.revoke(caller, prefix, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
