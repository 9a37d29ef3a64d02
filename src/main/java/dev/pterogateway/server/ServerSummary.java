package dev.pterogateway.server;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One server in the list of the caller's servers.
 *
 * @param id its identifier
 * @param panel the panel it lives on
 * @param uuid its full uuid
 * @param name its name
 * @param status its lifecycle status: {@code installed}, {@code suspended},
 * {@code installing}, {@code install_failed}, {@code reinstall_failed} or
 * {@code restoring_backup}
 * @param limits its resource limits
 * @param featureLimits how many databases, allocations and backups it may have
 */
public record ServerSummary(String id, String panel, String uuid, String name,
		@Schema(description = "where the server is in its life", allowableValues = {
				"installed", "suspended", "installing", "install_failed", "reinstall_failed",
				"restoring_backup" }) String status,
		ServerResourceLimits limits, ServerFeatureLimits featureLimits){

	static ServerSummary from(DirectoryEntry entry) {
		return new ServerSummary(entry.identifier(), entry.panel(), entry.uuid(), entry.name(),
				ServerLifecycle.of(entry), ServerResourceLimits.from(entry.limits()),
				ServerFeatureLimits.from(entry.featureLimits()));
	}

}
