package dev.pterogateway.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
@SecurityRequirement(name = SecurityConfiguration.BEARER)
class AccountController {

	private final UserAccounts accounts;

	AccountController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/auth/me")
	@Operation(summary = "Who am I",
			description = "The caller's account, role, linked panel accounts and how this call authenticated.")
	@ApiResponse(responseCode = "200", description = "The caller")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	CurrentUser me(@AuthenticationPrincipal Caller caller) {
		return this.accounts.current(caller);
	}

}
