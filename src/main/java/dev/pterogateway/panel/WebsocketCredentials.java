package dev.pterogateway.panel;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a client needs to open a server's Wings console websocket ({@code GET
 * /api/client/servers/{server}/websocket}). The token is a secret: valid 10 minutes,
 * never logged.
 *
 * @param token the JWT to send in the {@code auth} event
 * @param socket the websocket URL on the node
 * ({@code wss://node:8080/api/servers/<uuid>/ws})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebsocketCredentials(@JsonProperty("token") String token, @JsonProperty("socket") URI socket) {

	@Override
	public String toString() {
		return "WebsocketCredentials[token=(hidden), socket=" + this.socket + "]";
	}

}
