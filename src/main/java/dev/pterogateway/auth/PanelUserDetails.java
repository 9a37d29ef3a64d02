package dev.pterogateway.auth;

import org.jspecify.annotations.Nullable;

/**
 * A user account on one panel, as the application API reports it (or as an administrator
 * named it when the panel could not be asked).
 *
 * @param panel the panel name
 * @param id the panel's numeric user id
 * @param username the panel username, if known
 * @param email the panel e-mail, if known
 */
record PanelUserDetails(String panel, long id, @Nullable String username, @Nullable String email) {

}
