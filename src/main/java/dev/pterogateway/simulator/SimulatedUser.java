package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Read-only view of a simulated panel user.
 *
 * @param id the numeric panel id
 * @param uuid the user uuid
 * @param username the username
 * @param email the e-mail address
 * @param firstName the first name
 * @param lastName the last name
 * @param rootAdmin whether the user is a root admin
 * @param externalId the external id, or null
 */
public record SimulatedUser(int id, String uuid, String username, String email, String firstName, String lastName,
		boolean rootAdmin, @Nullable String externalId) {

}
