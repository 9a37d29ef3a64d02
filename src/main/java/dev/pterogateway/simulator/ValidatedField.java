package dev.pterogateway.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules of one field, evaluated as they are declared with Laravel's semantics:
 * {@code sometimes} skips a missing field, {@code nullable} skips the other rules for
 * null, implicit rules ({@code required}, {@code present}, {@code required_with} …) stop
 * the field when they fail, other rules only run on a present value, and {@code bail}
 * stops at the first failure. Declare {@code numeric}/{@code integer} before size rules.
 */
final class ValidatedField {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

	private final RequestValidator validator;

	private final String path;

	private final JsonNode value;

	private boolean stopped;

	private boolean nullable;

	private boolean bail;

	private boolean numeric;

	ValidatedField(RequestValidator validator, String path, JsonNode value) {
		this.validator = validator;
		this.path = path;
		this.value = value;
	}

	ValidatedField sometimes() {
		this.stopped |= this.value.isMissingNode();
		return this;
	}

	ValidatedField nullable() {
		this.nullable = true;
		return this;
	}

	ValidatedField bail() {
		this.bail = true;
		return this;
	}

	ValidatedField required() {
		return implicit(RequestValidator.filled(this.value), "required", "The %s field is required.");
	}

	ValidatedField present() {
		return implicit(!this.value.isMissingNode(), "present", "The %s field must be present.");
	}

	/** Required when any of the other fields is filled. */
	ValidatedField requiredWith(String... others) {
		boolean needed = Arrays.stream(others)
			.anyMatch((other) -> RequestValidator.filled(JsonBody.at(this.validator.body(), other)));
		String values = String.join(" / ", Arrays.stream(others).map(this.validator::displayName).toList());
		return implicit(!needed || RequestValidator.filled(this.value), "required_with",
				"The %s field is required when " + values + " is present.");
	}

	ValidatedField requiredWithout(String other) {
		boolean needed = !RequestValidator.filled(JsonBody.at(this.validator.body(), other));
		return implicit(!needed || RequestValidator.filled(this.value), "required_without",
				"The %s field is required when " + this.validator.displayName(other) + " is not present.");
	}

	ValidatedField string() {
		return check(this.value.isString(), "string", "The %s must be a string.");
	}

	ValidatedField integer() {
		this.numeric = true;
		String text = JsonBody.text(this.value);
		boolean integral = this.value.isIntegralNumber()
				|| (this.value.isString() && text != null && text.matches("[+-]?\\d+"));
		return check(integral, "integer", "The %s must be an integer.");
	}

	ValidatedField numeric() {
		this.numeric = true;
		String text = JsonBody.text(this.value);
		boolean number = this.value.isNumber() || (this.value.isString() && text != null && JsonBody.isNumeric(text));
		return check(number, "numeric", "The %s must be a number.");
	}

	ValidatedField bool() {
		String text = JsonBody.text(this.value);
		boolean valid = this.value.isBoolean() || "0".equals(text) || "1".equals(text);
		return check(valid, "boolean", "The %s field must be true or false.");
	}

	/** A PHP array: a JSON object or list. */
	ValidatedField array() {
		return check(this.value.isContainer(), "array", "The %s must be an array.");
	}

	ValidatedField email() {
		String text = JsonBody.text(this.value);
		return check(text != null && EMAIL.matcher(text).matches(), "email", "The %s must be a valid email address.");
	}

	ValidatedField min(long min) {
		String message = this.value.isContainer() ? "The %s must have at least " + min + " items."
				: "The %s must be at least " + min + unit("", " characters", "") + ".";
		return check(size() >= min, "min", message);
	}

	ValidatedField max(long max) {
		String message = this.value.isContainer() ? "The %s may not have more than " + max + " items."
				: "The %s may not be greater than " + max + unit("", " characters", "") + ".";
		return check(size() <= max, "max", message);
	}

	ValidatedField between(long min, long max) {
		double size = size();
		String verb = this.value.isContainer() ? "The %s must have between " : "The %s must be between ";
		return check(size >= min && size <= max, "between",
				verb + min + " and " + max + unit("", " characters", " items") + ".");
	}

	ValidatedField in(List<String> allowed) {
		return check(allowed.contains(JsonBody.text(this.value)), "in", "The selected %s is invalid.");
	}

	ValidatedField regex(Pattern pattern) {
		String text = JsonBody.text(this.value);
		return check(text != null && pattern.matcher(text).find(), "regex", "The %s format is invalid.");
	}

	ValidatedField unique(Predicate<JsonNode> taken) {
		return check(!runnable() || !taken.test(this.value), "unique", "The %s has already been taken.");
	}

	ValidatedField exists(Predicate<JsonNode> found) {
		return check(!runnable() || found.test(this.value), "exists", "The selected %s is invalid.");
	}

	/** A panel rule object such as {@code p_username}. */
	ValidatedField rule(String rule, Predicate<JsonNode> passes, String messageFormat) {
		return check(!runnable() || passes.test(this.value), rule, messageFormat);
	}

	private ValidatedField implicit(boolean passes, String rule, String messageFormat) {
		if (this.stopped || passes) {
			return this;
		}
		fail(rule, messageFormat);
		this.stopped = true;
		return this;
	}

	private ValidatedField check(boolean passes, String rule, String messageFormat) {
		if (!runnable() || passes) {
			return this;
		}
		fail(rule, messageFormat);
		this.stopped |= this.bail;
		return this;
	}

	private boolean runnable() {
		return !this.stopped && !this.value.isMissingNode() && !(this.nullable && this.value.isNull());
	}

	private void fail(String rule, String messageFormat) {
		this.validator.fail(this.path, rule, messageFormat.replace("%s", this.validator.displayName(this.path)));
	}

	/** Laravel's {@code getSize}: the number, the item count or the string length. */
	private double size() {
		if (this.numeric && JsonBody.integer(this.value) != null) {
			return this.value.isNumber() ? this.value.doubleValue() : Double.parseDouble(JsonBody.text(this.value));
		}
		if (this.value.isContainer()) {
			return this.value.size();
		}
		String text = JsonBody.text(this.value);
		return (text != null) ? text.codePointCount(0, text.length()) : 0;
	}

	private String unit(String numeric, String string, String array) {
		if (this.numeric && JsonBody.integer(this.value) != null) {
			return numeric;
		}
		return this.value.isContainer() ? array : string;
	}

	static List<String> list(String commaSeparated) {
		return Arrays.asList(commaSeparated.split(","));
	}

}
