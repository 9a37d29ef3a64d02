package dev.pterogateway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** An egg: the image, startup command and variables of a kind of server. */
final class Egg {

	final int id;

	final String uuid;

	final int nestId;

	final String author;

	final String name;

	final String description;

	/** Label to image, in the egg's order. */
	final Map<String, String> dockerImages = new LinkedHashMap<>();

	@Nullable List<String> features;

	final String startup;

	final String stopCommand;

	/** The console text that marks the server as running. */
	final String doneLine;

	final List<EggVariable> variables = new ArrayList<>();

	final Instant createdAt;

	Egg(int id, String uuid, int nestId, String name, String description, String startup, String stopCommand,
			String doneLine, Instant createdAt) {
		this.id = id;
		this.uuid = uuid;
		this.nestId = nestId;
		this.author = "support@pterodactyl.io";
		this.name = name;
		this.description = description;
		this.startup = startup;
		this.stopCommand = stopCommand;
		this.doneLine = doneLine;
		this.createdAt = createdAt;
	}

	String defaultImage() {
		return this.dockerImages.values().iterator().next();
	}

	Optional<EggVariable> variable(String envVariable) {
		return this.variables.stream().filter((variable) -> variable.envVariable.equals(envVariable)).findFirst();
	}

}
