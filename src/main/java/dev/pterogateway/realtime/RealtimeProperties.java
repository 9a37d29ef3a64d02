package dev.pterogateway.realtime;

import java.util.List;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * STOMP over WebSocket settings.
 *
 * @param allowedOrigins origin patterns allowed to open {@code /ws}; credentials travel
 * in the CONNECT frame, never in cookies, so a permissive default does not expose
 * sessions
 * @param consoleHistory how many recent console lines a new console subscriber receives
 * first (Wings replays 150 on {@code send logs})
 */
@Validated
@ConfigurationProperties("ptero.realtime")
public record RealtimeProperties(@DefaultValue("*") List<String> allowedOrigins,
		@DefaultValue("150") @Positive int consoleHistory) {

}
