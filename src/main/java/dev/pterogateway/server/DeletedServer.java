package dev.pterogateway.server;

/**
 * A server is gone from its panel.
 *
 * @param status always {@code deleted}
 * @param id the identifier it had
 * @param panel the panel it was on
 */
public record DeletedServer(String status, String id, String panel) {

}
