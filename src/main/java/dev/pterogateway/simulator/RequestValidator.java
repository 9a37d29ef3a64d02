package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A small Laravel validator: rules are declared field by field in the order of the
 * panel's form request, and every failure becomes one {@link FieldError} with the panel's
 * English message ({@code lang/en/validation.php}) and snake_cased rule name.
 */
final class RequestValidator {

	private final JsonNode body;

	private final Map<String, String> attributeNames = new LinkedHashMap<>();

	private final List<FieldError> errors = new ArrayList<>();

	RequestValidator(JsonNode body) {
		this.body = body;
	}

	/** A custom display name, like a form request's {@code attributes()}. */
	RequestValidator name(String field, String displayName) {
		this.attributeNames.put(field, displayName);
		return this;
	}

	/** Starts the rules of one field; declare them in the panel's order. */
	ValidatedField field(String path) {
		return new ValidatedField(this, path, JsonBody.at(this.body, path));
	}

	JsonNode body() {
		return this.body;
	}

	/**
	 * Laravel's {@code required} test: present, not null, not an empty string or array.
	 */
	static boolean filled(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return false;
		}
		if (value.isString()) {
			return !value.asString().trim().isEmpty();
		}
		return !value.isContainer() || !value.isEmpty();
	}

	/**
	 * The attribute as messages show it: the custom name, else snake case with spaces.
	 */
	String displayName(String path) {
		String custom = this.attributeNames.get(path);
		return (custom != null) ? custom : path.replace('_', ' ');
	}

	void fail(String path, String rule, String detail) {
		this.errors.add(new FieldError(path, rule, detail));
	}

	/**
	 * Ends validation.
	 * @throws PanelApiException 422 with every failed rule
	 */
	void validate() {
		if (!this.errors.isEmpty()) {
			throw PanelApiException.validation(this.errors);
		}
	}

}
