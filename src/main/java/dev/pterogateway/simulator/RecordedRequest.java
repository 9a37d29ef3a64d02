package dev.pterogateway.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request the simulated panel received.
 *
 * @param method the HTTP method
 * @param pathAndQuery the path with its raw query string, if any
 * @param keyIdentifier the first 16 characters of the bearer key (never the secret), or
 * null without one
 * @param status the status answered; 101 for a websocket upgrade, 0 for a request that
 * was never answered (hang)
 * @param at when it was received
 */
public record RecordedRequest(String method, String pathAndQuery, @Nullable String keyIdentifier, int status,
		Instant at) {

}
