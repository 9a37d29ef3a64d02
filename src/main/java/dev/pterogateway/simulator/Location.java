package dev.pterogateway.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A panel location. */
final class Location {

	final int id;

	String shortCode;

	@Nullable String longName;

	final Instant createdAt;

	Instant updatedAt;

	Location(int id, String shortCode, @Nullable String longName, Instant createdAt) {
		this.id = id;
		this.shortCode = shortCode;
		this.longName = longName;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

}
