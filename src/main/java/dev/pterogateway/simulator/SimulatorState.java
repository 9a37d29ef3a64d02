package dev.pterogateway.simulator;

import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * Read views of a simulated panel's state for tests and benchmarks, seeding, and a few
 * Wings-side events (crash, fixed resource usage, deletion).
 */
public final class SimulatorState {

	private final PanelModel model;

	private final PowerStateMachine power;

	private final ServerSeeding seeding;

	SimulatorState(PanelModel model, PowerStateMachine power) {
		this.model = model;
		this.power = power;
		this.seeding = new ServerSeeding(model);
	}

	/**
	 * Every server, by id.
	 * @return the servers
	 */
	public List<SimulatedServer> servers() {
		synchronized (this.model) {
			return this.model.servers.stream().map(this.model::view).toList();
		}
	}

	/**
	 * One server.
	 * @param identifierOrUuid the 8-character identifier or the uuid
	 * @return the server
	 * @throws NoSuchElementException if there is none
	 */
	public SimulatedServer server(String identifierOrUuid) {
		synchronized (this.model) {
			return this.model.view(require(identifierOrUuid));
		}
	}

	/**
	 * Every panel user, by id.
	 * @return the users
	 */
	public List<SimulatedUser> users() {
		synchronized (this.model) {
			return this.model.users.stream().map(PanelUser::view).toList();
		}
	}

	/**
	 * Tells whether a panel user's password is the given one, as a panel login would.
	 * @param email the user's e-mail
	 * @param password the password to check
	 * @return {@code true} if the user exists and has that password
	 */
	public boolean passwordMatches(String email, String password) {
		synchronized (this.model) {
			return this.model.findUserByEmail(email).map((user) -> password.equals(user.password)).orElse(false);
		}
	}

	/**
	 * The power signals a server received through the API, in order.
	 * @param identifier the identifier or uuid
	 * @return {@code start}, {@code stop}, {@code restart}, {@code kill} …
	 */
	public List<String> powerSignals(String identifier) {
		synchronized (this.model) {
			return List.copyOf(require(identifier).powerSignals);
		}
	}

	/**
	 * The console commands a server received (API and websocket), in order.
	 * @param identifier the identifier or uuid
	 * @return the commands
	 */
	public List<String> commands(String identifier) {
		synchronized (this.model) {
			return List.copyOf(require(identifier).commands);
		}
	}

	/**
	 * The backups of a server, deleted ones included (flagged).
	 * @param identifier the identifier or uuid
	 * @return the backups, oldest first
	 */
	public List<SimulatedBackup> backups(String identifier) {
		synchronized (this.model) {
			return require(identifier).backups.stream().map(Backup::view).toList();
		}
	}

	/**
	 * The build updates a server received through the application API, in order.
	 * @param identifier the identifier or uuid
	 * @return the updates
	 */
	public List<BuildUpdate> builds(String identifier) {
		synchronized (this.model) {
			return List.copyOf(require(identifier).builds);
		}
	}

	/**
	 * The console lines of a server (the last thousand).
	 * @param identifier the identifier or uuid
	 * @return the lines, oldest first
	 */
	public List<String> console(String identifier) {
		synchronized (this.model) {
			return List.copyOf(require(identifier).console);
		}
	}

	/**
	 * How many Wings websockets of a server are open and authenticated.
	 * @param identifier the identifier or uuid
	 * @return the count
	 */
	public int openWebsockets(String identifier) {
		synchronized (this.model) {
			return this.model.subscriberCount(require(identifier));
		}
	}

	/**
	 * How many {@code auth} frames Wings accepted for a server: one per connection plus
	 * one per token renewal on an open socket.
	 * @param identifier the identifier or uuid
	 * @return the count
	 */
	public int websocketAuthentications(String identifier) {
		synchronized (this.model) {
			return require(identifier).websocketAuthentications;
		}
	}

	/**
	 * Adds a server.
	 * @param seed the server
	 * @return the new server
	 * @throws IllegalArgumentException if its identifier or uuid is taken
	 */
	public SimulatedServer seedServer(ServerSeed seed) {
		synchronized (this.model) {
			return this.model.view(this.seeding.server(seed));
		}
	}

	/**
	 * Adds a panel user.
	 * @param seed the user
	 * @return the new user
	 * @throws IllegalArgumentException if its e-mail or username is taken
	 */
	public SimulatedUser seedUser(UserSeed seed) {
		synchronized (this.model) {
			return this.seeding.user(seed).view();
		}
	}

	/**
	 * Makes a running server crash: it goes offline with Wings' crash lines and is not
	 * restarted.
	 * @param identifier the identifier or uuid
	 */
	public void crash(String identifier) {
		synchronized (this.model) {
			this.power.crash(require(identifier));
		}
	}

	/**
	 * Fixes the resource usage a server reports while running (null for generated usage).
	 * @param identifier the identifier or uuid
	 * @param usage the usage, or null
	 */
	public void overrideResources(String identifier, @Nullable ResourceOverride usage) {
		synchronized (this.model) {
			require(identifier).resourceOverride = usage;
		}
	}

	/**
	 * Deletes a server as the panel would: websockets get {@code deleted} and close.
	 * @param identifier the identifier or uuid
	 */
	public void deleteServer(String identifier) {
		synchronized (this.model) {
			this.model.deleteServer(require(identifier));
		}
	}

	PanelServer require(String identifierOrUuid) {
		return this.model.findServer(identifierOrUuid)
			.orElseThrow(() -> new NoSuchElementException("No server '" + identifierOrUuid + "'"));
	}

}
