/**
 * Realtime: STOMP over WebSocket at {@code /ws}, bearer authentication of the CONNECT
 * frame, the ownership check on every SUBSCRIBE and SEND, and publishing stats, alerts
 * and console lines. Uses monitor, server, auth and panel.
 */
@NullMarked
package dev.pterogateway.realtime;

import org.jspecify.annotations.NullMarked;
