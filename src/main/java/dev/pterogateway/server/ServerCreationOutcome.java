package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

/**
 * A server the panel accepted.
 *
 * @param server the new server, qualified by its panel
 * @param status the panel's status for it ({@code installing})
 * @param rootPassword the password of the panel account created for the caller, if one
 * was
 */
record ServerCreationOutcome(ServerRef server, String status, @Nullable ServerPassword rootPassword) {

}
