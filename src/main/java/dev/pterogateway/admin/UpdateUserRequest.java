package dev.pterogateway.admin;

import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.UserUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A change to a gateway user; absent fields stay as they are.
 *
 * @param role the new role, {@code ADMIN} or {@code USER}
 * @param enabled {@code false} makes the user's tokens and API keys answer 401
 */
record UpdateUserRequest(@Nullable Role role, @Nullable Boolean enabled) {

	UserUpdate toUpdate() {
		return new UserUpdate(this.role, this.enabled);
	}

}
