package dev.pterogateway.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StringUtils;

/**
 * Says what is wrong with a request's input in words a caller can act on, instead of the
 * converter's and parser's internals (class names, stack positions).
 */
final class InputProblems {

	private InputProblems() {
	}

	/**
	 * Describes a request body that could not be read.
	 * @param ex the failure
	 * @return one sentence
	 */
	static String unreadableBody(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return "Field '" + path(mismatch) + "' must be " + expected(mismatch.getTargetType()) + ".";
		}
		if (cause instanceof StreamReadException syntax) {
			return "The request body is not valid JSON" + at(syntax.getLocation()) + ".";
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return "The request body must be " + expected(mismatch.getTargetType()) + ".";
		}
		String message = ex.getMessage();
		if (message != null && message.startsWith("Required request body is missing")) {
			return "The request body is missing.";
		}
		return "The request body could not be read.";
	}

	/**
	 * Describes a value that does not convert to the type a parameter or field needs.
	 * @param value the value sent
	 * @param type the type required, when known
	 * @return a phrase such as {@code 'abc' is not a whole number}
	 */
	static String notConvertible(@Nullable Object value, @Nullable Class<?> type) {
		return "'" + value + "' is not " + expected(type);
	}

	static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase())
				.collect(Collectors.joining(", "));
		}
		Map<Class<?>, String> names = Map.ofEntries(Map.entry(Integer.class, "a whole number"),
				Map.entry(int.class, "a whole number"), Map.entry(Long.class, "a whole number"),
				Map.entry(long.class, "a whole number"), Map.entry(Double.class, "a number"),
				Map.entry(double.class, "a number"), Map.entry(Boolean.class, "true or false"),
				Map.entry(boolean.class, "true or false"), Map.entry(String.class, "text"),
				Map.entry(Instant.class, "a date-time (ISO 8601, e.g. 2026-01-01T12:00:00Z)"),
				Map.entry(OffsetDateTime.class, "a date-time (ISO 8601, e.g. 2026-01-01T12:00:00Z)"),
				Map.entry(Duration.class, "a duration (ISO 8601, e.g. PT5S)"));
		String name = names.get(type);
		if (name != null) {
			return name;
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return (Number.class.isAssignableFrom(type)) ? "a number" : "an object";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (StringUtils.hasText(reference.getPropertyName())) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String at(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
