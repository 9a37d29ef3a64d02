package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * A server a test adds to a simulated panel. Start from {@link #of(String, String)} and
 * adjust with the withers.
 *
 * @param uuid the uuid, or null to generate one (starting with the identifier if given)
 * @param identifier the 8-character identifier, or null to derive it from the uuid
 * @param name the name
 * @param ownerEmail the owner's e-mail (an ordinary user is created if the panel has
 * none)
 * @param eggId the egg (1 Paper, 2 Vanilla Minecraft, 3 Rust)
 * @param limits the build limits
 * @param featureLimits the feature limits
 * @param status the panel status ({@code null}, {@code installing}, {@code suspended} …),
 * kept as is (no install timer runs)
 * @param powerState the initial process state
 */
public record ServerSeed(@Nullable String uuid, @Nullable String identifier, String name, String ownerEmail, int eggId,
		ServerLimits limits, FeatureLimits featureLimits, @Nullable String status, PowerState powerState) {

	/**
	 * An offline Paper server with 2 GiB, 10 GiB disk, one core, 3 backups.
	 * @param name the name
	 * @param ownerEmail the owner's e-mail
	 * @return the seed
	 */
	public static ServerSeed of(String name, String ownerEmail) {
		return new ServerSeed(null, null, name, ownerEmail, 1, ServerLimits.of(2048, 10240, 100),
				new FeatureLimits(1, 2, 3), null, PowerState.OFFLINE);
	}

	public ServerSeed withUuid(String uuid) {
		return new ServerSeed(uuid, this.identifier, this.name, this.ownerEmail, this.eggId, this.limits,
				this.featureLimits, this.status, this.powerState);
	}

	public ServerSeed withIdentifier(String identifier) {
		return new ServerSeed(this.uuid, identifier, this.name, this.ownerEmail, this.eggId, this.limits,
				this.featureLimits, this.status, this.powerState);
	}

	public ServerSeed withEgg(int eggId) {
		return new ServerSeed(this.uuid, this.identifier, this.name, this.ownerEmail, eggId, this.limits,
				this.featureLimits, this.status, this.powerState);
	}

	public ServerSeed withLimits(ServerLimits limits) {
		return new ServerSeed(this.uuid, this.identifier, this.name, this.ownerEmail, this.eggId, limits,
				this.featureLimits, this.status, this.powerState);
	}

	public ServerSeed withFeatureLimits(FeatureLimits featureLimits) {
		return new ServerSeed(this.uuid, this.identifier, this.name, this.ownerEmail, this.eggId, this.limits,
				featureLimits, this.status, this.powerState);
	}

	public ServerSeed withStatus(@Nullable String status) {
		return new ServerSeed(this.uuid, this.identifier, this.name, this.ownerEmail, this.eggId, this.limits,
				this.featureLimits, status, this.powerState);
	}

	public ServerSeed withPowerState(PowerState powerState) {
		return new ServerSeed(this.uuid, this.identifier, this.name, this.ownerEmail, this.eggId, this.limits,
				this.featureLimits, this.status, powerState);
	}

}
