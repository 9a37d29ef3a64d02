package dev.pterogateway.server;

import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ClientServer;
import dev.pterogateway.panel.FeatureLimits;
import dev.pterogateway.panel.Limits;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway knows about one server without asking its panel: where it lives, who
 * owns it and its limits.
 *
 * @param panel the panel it lives on
 * @param identifier its 8-character identifier
 * @param uuid its full uuid
 * @param internalId its numeric id on the application API
 * @param ownerId the panel user id of its owner, or {@code null} when the panel has no
 * application key to tell
 * @param name its name
 * @param status the panel's status ({@code null} when installed and normal,
 * {@code installing}, {@code suspended} …)
 * @param suspended whether it is suspended
 * @param limits its resource limits (MiB, percent of a core)
 * @param featureLimits how many databases, allocations and backups it may have
 */
public record DirectoryEntry(String panel, String identifier, String uuid, int internalId, @Nullable Integer ownerId,
		String name, @Nullable String status, boolean suspended, Limits limits, FeatureLimits featureLimits) {

	static DirectoryEntry from(String panel, ApplicationServer server) {
		return new DirectoryEntry(panel, server.identifier(), server.uuid(), server.id(), server.user(), server.name(),
				server.status(), server.suspended(), server.limits(), server.featureLimits());
	}

	static DirectoryEntry from(String panel, ClientServer server) {
		return new DirectoryEntry(panel, server.identifier(), server.uuid(), server.internalId(), null, server.name(),
				server.status(), server.suspended(), server.limits(), server.featureLimits());
	}

	/**
	 * The server's id qualified by its panel.
	 * @return for example {@code oci:1a7ce997}
	 */
	public ServerRef ref() {
		return new ServerRef(this.panel, this.identifier);
	}

}
