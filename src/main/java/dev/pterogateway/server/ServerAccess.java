package dev.pterogateway.server;

import java.util.List;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.Ownership;

/**
 * Applies the ownership rule to the directory: a caller finds only the servers they may
 * see, and any other id is simply not found (404, never 403), so ids cannot be probed.
 * REST and STOMP both go through here.
 */
public class ServerAccess {

	private final ServerDirectory directory;

	ServerAccess(ServerDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Finds a server the caller may see.
	 * @param ref the reference, bare or qualified
	 * @param caller who asks
	 * @return the server
	 * @throws ServerNotFoundException if no server the caller may see matches
	 * @throws AmbiguousServerIdException if a bare identifier matches servers the caller
	 * may see on several panels
	 */
	public DirectoryEntry resolve(ServerRef ref, Caller caller) {
		return this.directory.resolve(ref, (entry) -> mayAccess(caller, entry));
	}

	/**
	 * Every server the caller may see, on every panel.
	 * @param caller who asks
	 * @return the servers
	 */
	public List<DirectoryEntry> visibleTo(Caller caller) {
		return this.directory.entries().stream().filter((entry) -> mayAccess(caller, entry)).toList();
	}

	/**
	 * Tells whether the caller may see a server. A server whose owner the gateway cannot
	 * tell (its panel has no application key) is visible to administrators only.
	 * @param caller who asks
	 * @param entry the server
	 * @return whether the caller may see and act on it
	 */
	public static boolean mayAccess(Caller caller, DirectoryEntry entry) {
		Integer owner = entry.ownerId();
		if (owner == null) {
			return caller.isAdmin();
		}
		return Ownership.mayAccess(caller, entry.panel(), owner);
	}

}
