package dev.pterogateway.server;

import java.time.Instant;
import java.util.List;

import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ClientAllocation;
import dev.pterogateway.panel.ClientServer;
import dev.pterogateway.panel.PanelUser;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one server: the client API's view, the application API's (owner,
 * creation time) and the catalog's (template and tariff).
 *
 * @param id its identifier
 * @param uuid its full uuid
 * @param panel the panel it lives on
 * @param name its name
 * @param description its description, possibly empty
 * @param status its lifecycle status (as in the list)
 * @param node the name of its node
 * @param owner its owner on the panel, or {@code null} when the panel has no application
 * key to tell
 * @param limits its resource limits
 * @param featureLimits how many databases, allocations and backups it may have
 * @param allocations its addresses as {@code ip:port}, the primary one first
 * @param osTemplate the OS template it was created from, when the gateway created it
 * @param tariff the tariff it was created with, when the gateway created it
 * @param createdAt when it was created, when the panel has an application key to tell
 */
public record ServerDetails(String id, String uuid, String panel, String name, String description,
		@Schema(description = "where the server is in its life", allowableValues = {
				"installed", "suspended", "installing", "install_failed", "reinstall_failed",
				"restoring_backup" }) String status,
		String node, @Nullable ServerOwner owner, ServerResourceLimits limits, ServerFeatureLimits featureLimits,
		List<String> allocations, ServerOrigin.@Nullable CatalogItem osTemplate,
		ServerOrigin.@Nullable CatalogItem tariff, @Nullable Instant createdAt){

	static ServerDetails from(DirectoryEntry entry, ClientServer server, @Nullable ApplicationServer application,
			@Nullable ServerOwner owner, @Nullable ServerOrigin origin) {
		List<String> allocations = server.allocations()
			.stream()
			.sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
			.map(ClientAllocation::address)
			.toList();
		String description = (server.description() != null) ? server.description() : "";
		return new ServerDetails(server.identifier(), server.uuid(), entry.panel(), server.name(), description,
				ServerLifecycle.of(server.status(), server.suspended()), server.node(), owner,
				ServerResourceLimits.from(server.limits()), ServerFeatureLimits.from(server.featureLimits()),
				allocations, (origin != null) ? origin.osTemplate() : null, (origin != null) ? origin.tariff() : null,
				(application != null) ? application.createdAt() : null);
	}

	/**
	 * The panel account that owns a server.
	 *
	 * @param id the panel user's id
	 * @param email the panel user's e-mail, or {@code null} if the panel could not tell
	 * @param username the panel user's name, or {@code null} if the panel could not tell
	 */
	public record ServerOwner(int id, @Nullable String email, @Nullable String username) {

		static ServerOwner from(PanelUser user) {
			return new ServerOwner(user.id(), user.email(), user.username());
		}

		static ServerOwner unknown(int id) {
			return new ServerOwner(id, null, null);
		}

	}

}
