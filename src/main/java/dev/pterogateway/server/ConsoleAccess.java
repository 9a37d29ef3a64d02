package dev.pterogateway.server;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;

import dev.pterogateway.panel.WebsocketCredentials;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How to reach a server's console: directly on Wings with the panel's token, or through
 * the gateway's STOMP relay topic.
 *
 * @param status always {@code success}
 * @param id the server's identifier
 * @param panel the panel it lives on
 * @param socket the Wings websocket URL
 * @param token the JWT to send in Wings' {@code auth} event (a secret)
 * @param expiresAt when the token expires (the panel issues it for 10 minutes), or
 * {@code null} if the token does not say
 * @param topic the STOMP topic of the gateway's console relay
 */
public record ConsoleAccess(String status, String id, String panel, URI socket, String token,
		@Nullable Instant expiresAt, String topic) {

	private static final JsonMapper json = JsonMapper.builder().build();

	static ConsoleAccess from(DirectoryEntry entry, WebsocketCredentials credentials) {
		return new ConsoleAccess("success", entry.identifier(), entry.panel(), credentials.socket(),
				credentials.token(), expiryOf(credentials.token()), topicOf(entry.panel(), entry.identifier()));
	}

	/**
	 * The STOMP topic on which the gateway relays a server's console.
	 * @param panel the panel
	 * @param identifier the server's identifier
	 * @return {@code /topic/servers.<panel>.<identifier>.console}
	 */
	public static String topicOf(String panel, String identifier) {
		return "/topic/servers." + panel + "." + identifier + ".console";
	}

	/**
	 * The {@code exp} claim of a JWT. The token is the panel's, for Wings to verify; the
	 * gateway only reads when it ends, without checking the signature.
	 */
	static @Nullable Instant expiryOf(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			JsonNode exp = json.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp");
			return exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "ConsoleAccess[id=" + this.id + ", panel=" + this.panel + ", socket=" + this.socket
				+ ", token=(hidden), expiresAt=" + this.expiresAt + "]";
	}

}
