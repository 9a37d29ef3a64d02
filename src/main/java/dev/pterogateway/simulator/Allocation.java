package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/** An IP and port on a node, optionally assigned to a server. */
final class Allocation {

	final int id;

	final int nodeId;

	final String ip;

	@Nullable String alias;

	final int port;

	@Nullable String notes;

	@Nullable Integer serverId;

	Allocation(int id, int nodeId, String ip, int port) {
		this.id = id;
		this.nodeId = nodeId;
		this.ip = ip;
		this.port = port;
	}

	boolean isAssigned() {
		return this.serverId != null;
	}

}
