package dev.pterogateway.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth", description = "Accounts and tokens")
class AuthController {

	private final RegistrationService registration;

	private final LoginService logins;

	private final TokenService tokens;

	AuthController(RegistrationService registration, LoginService logins, TokenService tokens) {
		this.registration = registration;
		this.logins = logins;
		this.tokens = tokens;
	}

	@PostMapping("/api/auth/register")
	@Operation(summary = "Create an account",
			description = "Links the panel accounts that have the same e-mail. Off when "
					+ "ptero.auth.registration-enabled=false.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid request (validation_failed)")
	@ApiResponse(responseCode = "403", description = "Registration is turned off (registration_disabled)")
	@ApiResponse(responseCode = "409", description = "The e-mail has an account (email_taken)")
	ResponseEntity<UserAccount> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.registration.register(request, http.getRemoteAddr()));
	}

	@PostMapping("/api/auth/login")
	@Operation(summary = "Log in with e-mail and password",
			description = "Returns a short-lived JWT access token and a rotating refresh token. Repeated failures "
					+ "slow down and then answer 429.")
	@ApiResponse(responseCode = "200", description = "Logged in")
	@ApiResponse(responseCode = "401", description = "Invalid e-mail or password (invalid_credentials)")
	@ApiResponse(responseCode = "429", description = "Too many failed logins (login_throttled), see Retry-After")
	TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return this.logins.login(request, http.getRemoteAddr());
	}

	@PostMapping("/api/auth/refresh")
	@Operation(summary = "Exchange a refresh token for new tokens",
			description = "Each refresh token works once; using one again revokes its whole family.")
	@ApiResponse(responseCode = "200", description = "New tokens")
	@ApiResponse(responseCode = "401", description = "Invalid, expired or reused refresh token (invalid_refresh_token)")
	TokenPair refresh(@Valid @RequestBody RefreshTokenRequest request, HttpServletRequest http) {
		return this.tokens.refresh(request.refreshToken(), http.getRemoteAddr());
	}

	@PostMapping("/api/auth/logout")
	@Operation(summary = "Log out", description = "Revokes the presented refresh token and its family.")
	@SecurityRequirement(name = SecurityConfiguration.BEARER)
	@ApiResponse(responseCode = "204", description = "Logged out")
	@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request, @AuthenticationPrincipal Caller caller,
			HttpServletRequest http) {
		this.tokens.logout(caller, request.refreshToken(), http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
