package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.WingsSocketClient;

import org.springframework.stereotype.Service;

/**
 * Hands out a server's console credentials: the panel's Wings websocket URL and token,
 * and the topic of the gateway's relay. Tokens come out of the same per-server budget as
 * the relay's (the panel may throttle websocket tokens per server).
 */
@Service
public class ConsoleAccessService {

	private final ServerActions actions;

	private final WingsSocketClient sockets;

	private final ServerStateGuard guard;

	ConsoleAccessService(ServerActions actions, WingsSocketClient sockets, ServerStateGuard guard) {
		this.actions = actions;
		this.sockets = sockets;
		this.guard = guard;
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
	 * @throws dev.pterogateway.panel.PanelRateLimitedException if the server's websocket
	 * token budget is spent
	 */
	public ConsoleAccess open(ServerRef ref, Caller caller, String clientAddress) {
		return this.actions.perform(ServerAction.of("server.console.access", ref, caller, clientAddress),
				(entry) -> ConsoleAccess.from(entry,
						this.guard.call(entry, () -> this.sockets.credentials(entry.panel(), entry.identifier()))));
	}

}
