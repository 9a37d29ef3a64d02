package dev.pterogateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A password login.
 *
 * @param email the account's e-mail
 * @param password the password
 */
record LoginRequest(@NotBlank @Size(max = 191) String email, @NotBlank @Size(max = 128) String password) {

	@Override
	public String toString() {
		return "LoginRequest[email=" + this.email + "]";
	}

}
