package dev.pterogateway.server;

import dev.pterogateway.panel.FeatureLimits;
import org.jspecify.annotations.Nullable;

/**
 * How many databases, allocations and backups a server may have.
 *
 * @param databases most databases, or {@code null} for no limit
 * @param allocations most allocations, or {@code null} for no limit
 * @param backups most backups (0 = backups disabled)
 */
public record ServerFeatureLimits(@Nullable Integer databases, @Nullable Integer allocations, int backups) {

	/**
	 * The feature limits of a panel server.
	 * @param limits the panel's feature limits
	 * @return the same limits
	 */
	public static ServerFeatureLimits from(FeatureLimits limits) {
		return new ServerFeatureLimits(limits.databases(), limits.allocations(), limits.backups());
	}

}
