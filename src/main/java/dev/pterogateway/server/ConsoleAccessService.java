package dev.pterogateway.server;

import java.time.Instant;
import java.util.Base64;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.WebsocketCredentials;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Hands out a server's console credentials: the panel's Wings websocket URL and token,
 * and the topic of the gateway's relay.
 */
@Service
public class ConsoleAccessService {

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	private final JsonMapper json;

	ConsoleAccessService(ServerActions actions, PanelRegistry panels, ServerStateGuard guard, JsonMapper json) {
		this.actions = actions;
		this.panels = panels;
		this.guard = guard;
		this.json = json;
	}

	/**
	 * Fetches fresh websocket credentials for a server's console; audited as
	 * {@code server.console.access} (without the token), since the token lets its holder
	 * type commands.
	 * @param ref the server
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return the credentials
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws ServerStateConflictException if it is suspended or its node is in
	 * maintenance
	 */
	public ConsoleAccess open(ServerRef ref, Caller caller, String clientAddress) {
		return this.actions.perform(ServerAction.of("server.console.access", ref, caller, clientAddress), (entry) -> {
			WebsocketCredentials credentials = this.guard.call(entry,
					() -> this.panels.panel(entry.panel()).client().websocket(entry.identifier()));
			return new ConsoleAccess("success", entry.identifier(), entry.panel(), credentials.socket(),
					credentials.token(), expiryOf(credentials.token()),
					ConsoleAccess.topicOf(entry.panel(), entry.identifier()));
		});
	}

	/**
	 * The {@code exp} claim of a JWT. The token is the panel's, for Wings to verify; the
	 * gateway only reads when it ends, without checking the signature.
	 */
	@Nullable Instant expiryOf(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		try {
			JsonNode exp = this.json.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp");
			return exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

}
