package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading an application API request body the way Laravel sees it: strings trimmed and
 * empty strings turned into null by the panel's global middleware, dotted paths, and the
 * loose scalar conversions of PHP.
 */
final class JsonBody {

	private JsonBody() {
	}

	/**
	 * A copy of the body after {@code TrimStrings} and {@code ConvertEmptyStringsToNull}.
	 */
	static JsonNode normalize(JsonNode node) {
		if (node.isString()) {
			String trimmed = node.asString().trim();
			return trimmed.isEmpty() ? Envelope.JSON.nullNode() : Envelope.JSON.stringNode(trimmed);
		}
		if (node.isObject()) {
			ObjectNode copy = Envelope.object();
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				copy.set(entry.getKey(), normalize(entry.getValue()));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = Envelope.array();
			node.forEach((element) -> copy.add(normalize(element)));
			return copy;
		}
		return node;
	}

	/**
	 * The value at a dotted path ({@code limits.memory}, {@code ports.0}); missing if
	 * absent.
	 */
	static JsonNode at(JsonNode body, String path) {
		JsonNode current = body;
		for (String segment : path.split("\\.")) {
			if (current.isObject()) {
				current = current.path(segment);
			}
			else if (current.isArray() && segment.matches("\\d+")) {
				current = current.path(Integer.parseInt(segment));
			}
			else {
				return MissingNode.getInstance();
			}
		}
		return current;
	}

	/**
	 * Text of a scalar (numbers and booleans as PHP prints them), null if absent or null.
	 */
	static @Nullable String text(JsonNode value) {
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "1" : "";
		}
		return value.isString() ? value.asString() : value.toString();
	}

	static @Nullable String text(JsonNode body, String path) {
		return text(at(body, path));
	}

	/** An integer from a number or numeric string (decimals truncated), else null. */
	static @Nullable Integer integer(JsonNode value) {
		if (value.isNumber()) {
			return (int) value.doubleValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? 1 : 0;
		}
		String text = text(value);
		if (text != null && isNumeric(text)) {
			return (int) Double.parseDouble(text);
		}
		return null;
	}

	static @Nullable Integer integer(JsonNode body, String path) {
		return integer(at(body, path));
	}

	static int integer(JsonNode body, String path, int fallback) {
		Integer value = integer(body, path);
		return (value != null) ? value : fallback;
	}

	/** PHP truthiness of a boolean-ish value, or the fallback when absent or null. */
	static boolean bool(JsonNode body, String path, boolean fallback) {
		JsonNode value = at(body, path);
		if (value.isMissingNode() || value.isNull()) {
			return fallback;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		String text = text(value);
		return text != null && !text.equals("0") && !text.equalsIgnoreCase("false");
	}

	/** The integers of an array (others skipped); empty when absent. */
	static List<Integer> integers(JsonNode body, String path) {
		List<Integer> values = new ArrayList<>();
		JsonNode array = at(body, path);
		if (array.isContainer()) {
			array.forEach((element) -> {
				Integer value = integer(element);
				if (value != null) {
					values.add(value);
				}
			});
		}
		return values;
	}

	/** The texts of an array (nulls skipped); empty when absent. */
	static List<String> texts(JsonNode body, String path) {
		List<String> values = new ArrayList<>();
		JsonNode array = at(body, path);
		if (array.isContainer()) {
			array.forEach((element) -> {
				String value = text(element);
				if (value != null) {
					values.add(value);
				}
			});
		}
		return values;
	}

	/** PHP {@code is_numeric}. */
	static boolean isNumeric(String text) {
		return text.trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
	}

}
