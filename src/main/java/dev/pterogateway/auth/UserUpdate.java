package dev.pterogateway.auth;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator changes on a user; absent fields stay as they are.
 *
 * @param role the new role
 * @param enabled whether the user may authenticate; a disabled user's tokens and keys
 * answer 401 from the next request on
 */
public record UserUpdate(@Nullable Role role, @Nullable Boolean enabled) {

}
