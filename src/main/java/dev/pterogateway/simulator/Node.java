package dev.pterogateway.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Wings node. Its daemon port is the simulator's own port, so the same process serves
 * the node's websocket.
 */
final class Node {

	final int id;

	final String uuid;

	String name;

	@Nullable String description;

	int locationId;

	String fqdn;

	String scheme = "http";

	boolean behindProxy;

	boolean maintenanceMode;

	boolean isPublic = true;

	int memory;

	int memoryOverallocate;

	int disk;

	int diskOverallocate;

	int uploadSize = 100;

	int daemonListen;

	int daemonSftp = 2022;

	String daemonBase = "/var/lib/pterodactyl/volumes";

	final String daemonTokenId;

	final String daemonToken;

	final Instant createdAt;

	Instant updatedAt;

	Node(int id, String uuid, String name, int locationId, String fqdn, String daemonTokenId, String daemonToken,
			Instant createdAt) {
		this.id = id;
		this.uuid = uuid;
		this.name = name;
		this.locationId = locationId;
		this.fqdn = fqdn;
		this.daemonTokenId = daemonTokenId;
		this.daemonToken = daemonToken;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

}
