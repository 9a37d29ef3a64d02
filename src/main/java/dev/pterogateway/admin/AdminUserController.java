package dev.pterogateway.admin;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.GeneratedPassword;
import dev.pterogateway.auth.UserAccount;
import dev.pterogateway.auth.UserAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin", description = "Administration (ADMIN only)")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
class AdminUserController {

	private final UserAdminService users;

	AdminUserController(UserAdminService users) {
		this.users = users;
	}

	@GetMapping("/api/admin/users")
	@Operation(summary = "List gateway users", description = "Oldest first, with their linked panel accounts.")
	@ApiResponse(responseCode = "200", description = "One page of users")
	ResultPage<UserAccount> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return ResultPage.of(this.users.list(PageRequest.of(page, size, Sort.by("id"))));
	}

	@GetMapping("/api/admin/users/{id}")
	@Operation(summary = "Get a gateway user")
	@ApiResponse(responseCode = "200", description = "The user")
	@ApiResponse(responseCode = "404", description = "No such user (user_not_found)")
	UserAccount get(@PathVariable long id) {
		return this.users.get(id);
	}

	@PatchMapping("/api/admin/users/{id}")
	@Operation(summary = "Change a user's role or enabled flag",
			description = "A disabled user's tokens, refresh tokens and API keys answer 401 from the next call on.")
	@ApiResponse(responseCode = "200", description = "The user after the change")
	@ApiResponse(responseCode = "404", description = "No such user (user_not_found)")
	@ApiResponse(responseCode = "409", description = "It would leave no enabled administrator (last_admin)")
	UserAccount update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		return this.users.update(id, request.toUpdate(), caller, http.getRemoteAddr());
	}

	@PostMapping("/api/admin/users/{id}/reset-password")
	@Operation(summary = "Reset a user's password",
			description = "Returns a generated password once and ends the user's refresh tokens.")
	@ApiResponse(responseCode = "200", description = "The new password")
	@ApiResponse(responseCode = "404", description = "No such user (user_not_found)")
	GeneratedPassword resetPassword(@PathVariable long id, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		return this.users.resetPassword(id, caller, http.getRemoteAddr());
	}

}
