package dev.pterogateway.simulator;

/**
 * A panel user a test adds to a simulated panel.
 *
 * @param email the e-mail address (unique)
 * @param username the username (unique)
 * @param rootAdmin whether the user is a root admin
 */
public record UserSeed(String email, String username, boolean rootAdmin) {

}
