package dev.pterogateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A refresh token presented to {@code /api/auth/refresh} or {@code /api/auth/logout}.
 *
 * @param refreshToken the refresh token from the last login or refresh
 */
record RefreshTokenRequest(@NotBlank @Size(max = 256) String refreshToken) {

	@Override
	public String toString() {
		return "RefreshTokenRequest[]";
	}

}
