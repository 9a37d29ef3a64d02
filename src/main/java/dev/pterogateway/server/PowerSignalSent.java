package dev.pterogateway.server;

import java.time.Instant;

import dev.pterogateway.panel.PowerSignal;

/**
 * Published (as a Spring event) after the gateway sent a power signal that the panel
 * accepted, so that the monitor can tell a requested stop from a crash.
 *
 * @param panel the panel
 * @param identifier the server's identifier
 * @param signal the signal
 * @param at when it was sent
 */
public record PowerSignalSent(String panel, String identifier, PowerSignal signal, Instant at) {

}
