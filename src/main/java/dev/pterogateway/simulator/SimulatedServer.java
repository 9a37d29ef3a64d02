package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Read-only view of a simulated server with its panel ids.
 *
 * @param id the numeric id of the application API
 * @param uuid the uuid
 * @param identifier the 8-character identifier of the client API
 * @param name the name
 * @param ownerId the owner's user id
 * @param ownerEmail the owner's e-mail
 * @param limits the build limits
 * @param featureLimits the feature limits
 * @param status the panel status ({@code null}, {@code installing}, {@code suspended} …)
 * @param powerState the Wings process state
 * @param suspended whether the server is suspended
 */
public record SimulatedServer(int id, String uuid, String identifier, String name, int ownerId, String ownerEmail,
		ServerLimits limits, FeatureLimits featureLimits, @Nullable String status, PowerState powerState,
		boolean suspended) {

}
