/**
 * Everything that speaks Pterodactyl: panel settings, the registry of panels, the client
 * and application API clients, wire records mirroring the panel's JSON and the panel
 * error hierarchy, and the Wings console websocket client. Uses nothing of ours.
 */
@NullMarked
package dev.pterogateway.panel;

import org.jspecify.annotations.NullMarked;
