/**
 * A stateful Pterodactyl panel and Wings simulator served over real HTTP and WebSocket on
 * its own port. Used by demo mode and by tests, always over the network. Uses nothing of
 * ours.
 */
@NullMarked
package dev.pterogateway.simulator;

import org.jspecify.annotations.NullMarked;
