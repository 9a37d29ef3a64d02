package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * The feature limits of a server.
 *
 * @param databases database limit, null when the panel stored none
 * @param allocations allocation limit, null when the panel stored none
 * @param backups backup limit, never null
 */
public record FeatureLimits(@Nullable Integer databases, @Nullable Integer allocations, int backups) {

}
