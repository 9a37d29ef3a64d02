package dev.pterogateway.server;

/**
 * The panel accepted a power action; the state changes asynchronously (follow it on
 * {@code /status}).
 *
 * @param status always {@code success}
 * @param action {@code start}, {@code stop}, {@code restart} or {@code kill}
 * @param id the server's identifier
 * @param panel the panel it lives on
 */
public record PowerOutcome(String status, String action, String id, String panel) {

}
