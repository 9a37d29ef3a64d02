package dev.pterogateway.realtime;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * STOMP over WebSocket settings.
 *
 * @param allowedOrigins origin patterns allowed to open {@code /ws}; credentials travel
 * in the CONNECT frame, never in cookies, so a permissive default does not expose
 * sessions
 * @param heartbeat STOMP heartbeat interval in both directions
 * @param sendBufferSize messages buffered per session for a slow client before it is
 * disconnected
 * @param sendTimeLimit the longest a send to one client may take before it is
 * disconnected
 * @param consoleHistory how many recent console lines a new console subscriber receives
 * first (Wings replays 150 on {@code send logs})
 */
@Validated
@ConfigurationProperties("ptero.realtime")
public record RealtimeProperties(@DefaultValue("*") List<String> allowedOrigins,
		@DefaultValue("10s") Duration heartbeat, @DefaultValue("512KB") DataSize sendBufferSize,
		@DefaultValue("10s") Duration sendTimeLimit, @DefaultValue("150") @Positive int consoleHistory) {

}
