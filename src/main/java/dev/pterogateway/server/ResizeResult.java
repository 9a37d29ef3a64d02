package dev.pterogateway.server;

/**
 * A server's limits after a resize.
 *
 * @param status {@code success}
 * @param id its 8-character identifier
 * @param panel the panel it lives on
 * @param limits all its limits as the panel now has them
 */
public record ResizeResult(String status, String id, String panel, ServerResourceLimits limits) {

}
