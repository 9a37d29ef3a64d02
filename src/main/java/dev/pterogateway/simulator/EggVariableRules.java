package dev.pterogateway.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The panel's {@code VariableValidatorService}: checks {@code environment.<VAR>} values
 * against each egg variable's Laravel rule string, naming the field
 * {@code "<variable name> variable"} in messages.
 */
final class EggVariableRules {

	private EggVariableRules() {
	}

	/**
	 * Validates the given variables of an egg.
	 * @param egg the egg
	 * @param environment the {@code environment} object of the request
	 * @param onlySent whether to check only the variables present in the request
	 * @throws PanelApiException 422 with errors at {@code environment.<VAR>}
	 */
	static void validate(Egg egg, JsonNode environment, boolean onlySent) {
		JsonNode values = Envelope.object();
		if (environment.isObject()) {
			values = environment;
		}
		ObjectNode data = Envelope.object();
		data.set("environment", values);
		RequestValidator validator = new RequestValidator(data);
		for (EggVariable variable : egg.variables) {
			if (onlySent && !values.has(variable.envVariable)) {
				continue;
			}
			String path = "environment." + variable.envVariable;
			validator.name(path, variable.name + " variable");
			apply(validator.field(path), variable.rules);
		}
		validator.validate();
	}

	/** The values to store: every variable of the egg, omitted ones as empty strings. */
	static void store(Egg egg, JsonNode environment, Map<String, String> target, boolean onlySent) {
		for (EggVariable variable : egg.variables) {
			JsonNode value = environment.path(variable.envVariable);
			if (onlySent && value.isMissingNode()) {
				continue;
			}
			String text = JsonBody.text(value);
			target.put(variable.envVariable, (text != null) ? text : "");
		}
	}

	private static void apply(ValidatedField field, String rules) {
		List<String> parts = Arrays.asList(rules.split("\\|"));
		if (parts.contains("nullable")) {
			field.nullable();
		}
		if (parts.contains("bail")) {
			field.bail();
		}
		parts.forEach((part) -> applyOne(field, part));
	}

	private static void applyOne(ValidatedField field, String rule) {
		int colon = rule.indexOf(':');
		String name = (colon < 0) ? rule : rule.substring(0, colon);
		String argument = (colon < 0) ? "" : rule.substring(colon + 1);
		switch (name) {
			case "required":
				field.required();
				break;
			case "string":
				field.string();
				break;
			case "integer":
				field.integer();
				break;
			case "numeric":
				field.numeric();
				break;
			case "boolean":
				field.bool();
				break;
			case "min":
				field.min(Long.parseLong(argument));
				break;
			case "max":
				field.max(Long.parseLong(argument));
				break;
			case "between":
				String[] bounds = argument.split(",");
				field.between(Long.parseLong(bounds[0]), Long.parseLong(bounds[1]));
				break;
			case "in":
				field.in(ValidatedField.list(argument));
				break;
			case "regex":
				Pattern pattern = LaravelRules.phpPattern(argument);
				if (pattern != null) {
					field.regex(pattern);
				}
				break;
			default:
				break;
		}
	}

}
