package dev.pterogateway.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A panel user account (mutable, guarded by the {@link PanelModel} lock). */
final class PanelUser {

	final int id;

	final String uuid;

	String username;

	String email;

	String firstName;

	String lastName;

	String language = "en";

	boolean rootAdmin;

	@Nullable String externalId;

	@Nullable String password;

	final Instant createdAt;

	Instant updatedAt;

	PanelUser(int id, String uuid, String username, String email, String firstName, String lastName, boolean rootAdmin,
			Instant createdAt) {
		this.id = id;
		this.uuid = uuid;
		this.username = username;
		this.email = email;
		this.firstName = firstName;
		this.lastName = lastName;
		this.rootAdmin = rootAdmin;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	SimulatedUser view() {
		return new SimulatedUser(this.id, this.uuid, this.username, this.email, this.firstName, this.lastName,
				this.rootAdmin, this.externalId);
	}

}
