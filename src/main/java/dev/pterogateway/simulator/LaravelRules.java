package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks one value against a Laravel rule string such as {@code required|string|max:20}
 * with Laravel's messages. Supports the rules the panel's eggs and API requests use:
 * required, present, nullable, string, integer, numeric, boolean, array, min, max,
 * between, in, regex, alpha_dash, email. Empty strings count as null, as the panel's
 * ConvertEmptyStringsToNull middleware makes them.
 */
final class LaravelRules {

	private LaravelRules() {
	}

	/**
	 * Validates a value.
	 * @param field the dotted source field ({@code environment.SERVER_JARFILE})
	 * @param display the attribute in messages ({@code Server Jar File variable})
	 * @param value the value, missing when absent
	 * @param rules the rule string
	 * @return one error per failed rule
	 */
	static List<FieldError> check(String field, String display, JsonNode value, String rules) {
		List<String> parts = Arrays.asList(rules.split("\\|"));
		List<FieldError> errors = new ArrayList<>();
		boolean empty = value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isEmpty());
		if (empty) {
			if (parts.contains("required")) {
				errors.add(new FieldError(field, "required", "The " + display + " field is required."));
			}
			else if (parts.contains("present") && value.isMissingNode()) {
				errors.add(new FieldError(field, "present", "The " + display + " field must be present."));
			}
			return errors;
		}
		boolean numeric = parts.contains("integer") || parts.contains("numeric");
		for (String part : parts) {
			int colon = part.indexOf(':');
			String rule = (colon < 0) ? part : part.substring(0, colon);
			String argument = (colon < 0) ? "" : part.substring(colon + 1);
			String message = failure(rule, argument, value, numeric, display);
			if (message != null) {
				errors.add(new FieldError(field, rule, message));
			}
		}
		return errors;
	}

	private static @Nullable String failure(String rule, String argument, JsonNode value, boolean numeric,
			String display) {
		String text = value.isValueNode() ? value.asString() : "";
		String the = "The " + display + " field ";
		switch (rule) {
			case "string":
				return value.isString() ? null : the + "must be a string.";
			case "integer":
				return (value.isIntegralNumber() || text.matches("^[+-]?\\d+$")) ? null : the + "must be an integer.";
			case "numeric":
				return (value.isNumber() || JsonBody.isNumeric(text)) ? null : the + "must be a number.";
			case "boolean":
				return (value.isBoolean() || text.matches("^[01]$")) ? null : the + "must be true or false.";
			case "array":
				return (value.isArray() || value.isObject()) ? null : the + "must be an array.";
			case "in":
				return Arrays.asList(argument.split(",")).contains(text) ? null
						: "The selected " + display + " is invalid.";
			case "regex":
				return matches(argument, text) ? null : the + "format is invalid.";
			case "alpha_dash":
				return text.matches("^[\\p{L}\\p{M}\\p{N}_-]+$") ? null
						: the + "must only contain letters, numbers, dashes, and underscores.";
			case "email":
				return text.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? null : the + "must be a valid email address.";
			case "min":
			case "max":
			case "between":
				return size(rule, argument, value, numeric, the);
			default:
				return null;
		}
	}

	private static @Nullable String size(String rule, String argument, JsonNode value, boolean numeric, String the) {
		String[] bounds = argument.split(",");
		double size;
		String unit;
		if (value.isArray()) {
			size = value.size();
			unit = " items";
		}
		else if (numeric && (value.isNumber() || JsonBody.isNumeric(value.asString()))) {
			size = value.isNumber() ? value.asDouble() : Double.parseDouble(value.asString());
			unit = "";
		}
		else {
			size = value.asString().codePointCount(0, value.asString().length());
			unit = " characters";
		}
		double first = Double.parseDouble(bounds[0]);
		if ("min".equals(rule)) {
			return (size >= first) ? null : the + "must be at least " + bounds[0] + unit + ".";
		}
		if ("max".equals(rule)) {
			return (size <= first) ? null : the + "must not be greater than " + bounds[0] + unit + ".";
		}
		double second = Double.parseDouble(bounds[1]);
		return (size >= first && size <= second) ? null
				: the + "must be between " + bounds[0] + " and " + bounds[1] + unit + ".";
	}

	private static boolean matches(String phpPattern, String text) {
		try {
			Pattern pattern = phpPattern(phpPattern);
			return pattern != null && pattern.matcher(text).find();
		}
		catch (PatternSyntaxException ex) {
			return false;
		}
	}

	/** A PHP {@code /pattern/flags} regex as a Java pattern, null without a delimiter. */
	static @Nullable Pattern phpPattern(String regex) {
		if (regex.length() < 2) {
			return null;
		}
		char delimiter = regex.charAt(0);
		int end = regex.lastIndexOf(delimiter);
		if (end <= 0) {
			return null;
		}
		String flags = regex.substring(end + 1);
		return Pattern.compile(regex.substring(1, end), flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0);
	}

}
