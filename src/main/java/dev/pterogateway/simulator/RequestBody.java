package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validation of a JSON request body against Laravel rules, collecting every failure into
 * one 422 like a FormRequest.
 */
final class RequestBody {

	private final JsonNode body;

	private final List<FieldError> errors = new ArrayList<>();

	RequestBody(JsonNode body) {
		this.body = body;
	}

	/**
	 * The value at a dotted path, missing if absent; strings are trimmed like the panel's
	 * middleware.
	 */
	JsonNode value(String field) {
		return JsonBody.at(this.body, field);
	}

	/** Checks a field; the message uses the field name with underscores as spaces. */
	RequestBody check(String field, String rules) {
		this.errors.addAll(LaravelRules.check(field, field.replace('_', ' '), trimmed(value(field)), rules));
		return this;
	}

	/**
	 * @throws PanelApiException 422 if any rule failed
	 */
	void validate() {
		if (!this.errors.isEmpty()) {
			throw PanelApiException.validation(this.errors);
		}
	}

	/** The trimmed string, or null when absent, null or empty. */
	@Nullable String text(String field) {
		JsonNode value = trimmed(value(field));
		return (value.isValueNode() && !value.isNull() && !value.asString().isEmpty()) ? value.asString() : null;
	}

	boolean has(String field) {
		return !value(field).isMissingNode();
	}

	private static JsonNode trimmed(JsonNode value) {
		return value.isString() ? Envelope.JSON.textNode(value.asString().trim()) : value;
	}

}
