package dev.pterogateway.server;

import java.time.Duration;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.WingsConnectionException;
import dev.pterogateway.panel.WingsConsole;

import org.springframework.stereotype.Service;

/**
 * Console commands through the panel's client API: a plain send (audited as
 * {@code server.command}), one typed into the relayed console (audited as
 * {@code server.console.command}), and one whose output is collected from the server's
 * Wings console and returned.
 */
@Service
public class ConsoleCommandService {

	/** The longest a caller may wait for a command's output. */
	static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerStateGuard guard;

	private final WingsConsole console;

	ConsoleCommandService(ServerActions actions, PanelRegistry panels, ServerStateGuard guard, WingsConsole console) {
		this.actions = actions;
		this.panels = panels;
		this.guard = guard;
		this.console = console;
	}

	/**
	 * Sends a console command; audited as {@code server.command} with the command (its
	 * first 200 characters).
	 * @param ref the server
	 * @param command the command line
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws dev.pterogateway.panel.PanelConflictException with code
	 * {@code ServerOffline} if the server is not running
	 */
	public void send(ServerRef ref, String command, Caller caller, String clientAddress) {
		this.actions.perform(new ServerAction("server.command", ref, caller, command, clientAddress), (entry) -> {
			send(entry, command);
			return null;
		});
	}

	/**
	 * Types a command into a server's console from the STOMP relay; audited as
	 * {@code server.console.command} with the command (its first 200 characters).
	 * @param ref the server
	 * @param command the command line
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws dev.pterogateway.panel.PanelConflictException with code
	 * {@code ServerOffline} if the server is not running
	 */
	public void type(ServerRef ref, String command, Caller caller, String clientAddress) {
		this.actions.perform(new ServerAction("server.console.command", ref, caller, command, clientAddress),
				(entry) -> {
					send(entry, command);
					return null;
				});
	}

	/**
	 * Checks, before a command typed over STOMP is accepted, that the caller may type
	 * into the server's console. A refusal is audited as {@code server.console.command}
	 * {@code DENIED} without the command, as the REST route records it.
	 * @param ref the server
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @throws ServerNotFoundException if the caller may not see such a server
	 */
	public void authorize(ServerRef ref, Caller caller, String clientAddress) {
		this.actions.authorize(ServerAction.of("server.console.command", ref, caller, clientAddress));
	}

	/**
	 * Sends a command and waits for what the console prints; audited as
	 * {@code server.command}. Blocks at most about {@code wait} plus the time to open the
	 * console.
	 * @param ref the server
	 * @param command the command line
	 * @param wait how long to wait for the first line (at most 30 seconds)
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return the output, or a timeout without lines
	 * @throws OutputWaitOutOfRangeException if the wait is not positive or too long
	 * @throws ConsoleUnavailableException if the console cannot be read
	 */
	public CommandOutput sendAndCollect(ServerRef ref, String command, Duration wait, Caller caller,
			String clientAddress) {
		if (wait.isNegative() || wait.isZero() || wait.compareTo(LONGEST_WAIT) > 0) {
			throw new OutputWaitOutOfRangeException(wait, LONGEST_WAIT);
		}
		return this.actions.perform(new ServerAction("server.command", ref, caller, command, clientAddress),
				(entry) -> {
					try {
						return CommandOutput.from(this.console.sendAndCollect(entry.panel(), entry.identifier(),
								() -> send(entry, command), wait));
					}
					catch (WingsConnectionException ex) {
						throw new ConsoleUnavailableException(entry.ref(), ex);
					}
				});
	}

	private void send(DirectoryEntry entry, String command) {
		this.guard.run(entry, () -> this.panels.panel(entry.panel()).client().command(entry.identifier(), command));
	}

}
