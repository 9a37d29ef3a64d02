package dev.pterogateway.simulator;

import java.time.Instant;

/** A variable of an egg with its Laravel validation rules. */
final class EggVariable {

	final int id;

	final int eggId;

	final String name;

	final String description;

	final String envVariable;

	final String defaultValue;

	final boolean userViewable;

	final boolean userEditable;

	final String rules;

	final Instant createdAt;

	EggVariable(int id, int eggId, String name, String description, String envVariable, String defaultValue,
			boolean userViewable, boolean userEditable, String rules, Instant createdAt) {
		this.id = id;
		this.eggId = eggId;
		this.name = name;
		this.description = description;
		this.envVariable = envVariable;
		this.defaultValue = defaultValue;
		this.userViewable = userViewable;
		this.userEditable = userEditable;
		this.rules = rules;
		this.createdAt = createdAt;
	}

}
