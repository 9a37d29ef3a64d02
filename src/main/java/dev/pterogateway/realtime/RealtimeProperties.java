package dev.pterogateway.realtime;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * STOMP over WebSocket settings.
 *
 * @param allowedOrigins origin patterns allowed to open {@code /ws}; credentials travel
 * in the CONNECT frame, never in cookies, so a permissive default does not expose
 * sessions
 */
@Validated
@ConfigurationProperties("ptero.realtime")
public record RealtimeProperties(@DefaultValue("*") List<String> allowedOrigins) {

}
