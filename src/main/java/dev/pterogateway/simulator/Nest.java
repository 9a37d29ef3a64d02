package dev.pterogateway.simulator;

import java.time.Instant;

/** A nest: a family of eggs. */
final class Nest {

	final int id;

	final String uuid;

	final String author;

	final String name;

	final String description;

	final Instant createdAt;

	Nest(int id, String uuid, String author, String name, String description, Instant createdAt) {
		this.id = id;
		this.uuid = uuid;
		this.author = author;
		this.name = name;
		this.description = description;
		this.createdAt = createdAt;
	}

}
