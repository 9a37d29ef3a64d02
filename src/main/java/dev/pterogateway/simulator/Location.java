package dev.pterogateway.simulator;

import java.time.Instant;

/** A panel location. */
final class Location {

	final int id;

	String shortCode;

	String longName;

	final Instant createdAt;

	Instant updatedAt;

	Location(int id, String shortCode, String longName, Instant createdAt) {
		this.id = id;
		this.shortCode = shortCode;
		this.longName = longName;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

}
