package dev.pterogateway.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new account.
 *
 * @param email the e-mail; panel accounts with the same e-mail are linked
 * @param password 10 to 128 characters
 * @param username a display name; the e-mail's local part when absent
 */
record RegisterRequest(@NotBlank @Email @Size(max = 191) String email,
		@NotNull @Size(min = 10, max = 128) String password, @Nullable @Size(max = 191) String username) {

	@Override
	public String toString() {
		return "RegisterRequest[email=" + this.email + ", username=" + this.username + "]";
	}

}
