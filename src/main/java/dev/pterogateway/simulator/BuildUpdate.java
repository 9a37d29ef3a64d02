package dev.pterogateway.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A build configuration update received by the application API.
 *
 * @param allocation the primary allocation id
 * @param limits the new limits
 * @param featureLimits the new feature limits
 * @param addedAllocations allocation ids added
 * @param removedAllocations allocation ids removed
 * @param at when it was received
 */
public record BuildUpdate(int allocation, ServerLimits limits, FeatureLimits featureLimits,
		List<Integer> addedAllocations, List<Integer> removedAllocations, Instant at) {

}
