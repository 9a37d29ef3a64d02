package dev.pterogateway.panel;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the gateway's connections to the Wings console websockets.
 *
 * @param tokenLimit most websocket tokens fetched per server in one {@code tokenPeriod}
 * (the panel throttles them: Pelican allows 5 a minute per server)
 * @param tokenPeriod the window of {@code tokenLimit}
 * @param reconnectMinDelay the first wait before reconnecting after a drop; doubled on
 * each failed attempt, with jitter
 * @param reconnectMaxDelay the longest wait between reconnection attempts
 * @param idleTimeout how long a connection stays open after its last listener left, so
 * that a returning console subscriber or a command does not cost a new token
 * @param connectTimeout longest time to open the websocket
 */
@Validated
@ConfigurationProperties("ptero.wings")
public record WingsProperties(@DefaultValue("5") @Positive int tokenLimit, @DefaultValue("1m") Duration tokenPeriod,
		@DefaultValue("1s") Duration reconnectMinDelay, @DefaultValue("30s") Duration reconnectMaxDelay,
		@DefaultValue("30s") Duration idleTimeout, @DefaultValue("5s") Duration connectTimeout) {

	/**
	 * The defaults.
	 * @return the settings used when nothing is configured
	 */
	public static WingsProperties defaults() {
		return new WingsProperties(5, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30),
				Duration.ofSeconds(30), Duration.ofSeconds(5));
	}

}
