package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import org.jspecify.annotations.Nullable;

/**
 * A change a caller asks for on one server, as it is audited.
 *
 * @param name the audit action, a stable dotted name such as {@code server.power.start}
 * @param ref the server as the caller named it
 * @param caller who asks
 * @param detail what to record besides the outcome (never a secret), or {@code null}
 * @param clientAddress the caller's address
 */
record ServerAction(String name, ServerRef ref, Caller caller, @Nullable String detail, String clientAddress) {

	/** Most characters of a detail (such as a console command) kept in the audit log. */
	static final int MAX_DETAIL = 200;

	ServerAction {
		if (detail != null && detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL);
		}
	}

	static ServerAction of(String name, ServerRef ref, Caller caller, String clientAddress) {
		return new ServerAction(name, ref, caller, null, clientAddress);
	}

}
