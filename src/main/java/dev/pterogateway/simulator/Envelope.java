package dev.pterogateway.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The panel's Fractal envelope: items {@code {"object","attributes"}}, lists
 * {@code {"object":"list","data":[…]}}, {@code null_resource}, and its timestamp format.
 */
final class Envelope {

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** The default mapper for bodies, Wings frames and tokens; thread-safe. */
	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MODEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Envelope() {
	}

	static ObjectNode object() {
		return JSON.objectNode();
	}

	static ArrayNode array() {
		return JSON.arrayNode();
	}

	static ArrayNode strings(List<String> values) {
		ArrayNode array = JSON.arrayNode();
		values.forEach(array::add);
		return array;
	}

	static ObjectNode item(String object, ObjectNode attributes) {
		ObjectNode item = JSON.objectNode();
		item.put("object", object);
		item.set("attributes", attributes);
		return item;
	}

	static ObjectNode list(List<? extends JsonNode> items) {
		ObjectNode list = JSON.objectNode();
		list.put("object", "list");
		ArrayNode data = list.putArray("data");
		items.forEach(data::add);
		return list;
	}

	static ObjectNode nullResource() {
		ObjectNode item = JSON.objectNode();
		item.put("object", "null_resource");
		item.putNull("attributes");
		return item;
	}

	/** ISO-8601 in UTC with an explicit offset, as the transformers emit it. */
	static @Nullable String timestamp(@Nullable Instant instant) {
		return (instant != null) ? ISO.format(instant) : null;
	}

	/** Laravel's raw model date form, used by egg and server variables. */
	static String modelTimestamp(Instant instant) {
		return MODEL.format(instant);
	}

	static ObjectNode errors(PanelApiException exception) {
		ObjectNode body = JSON.objectNode();
		ArrayNode errors = body.putArray("errors");
		if (exception.fieldErrors().isEmpty()) {
			errors.add(error(exception, exception.getMessage()));
		}
		exception.fieldErrors().forEach((field) -> {
			ObjectNode error = error(exception, field.detail());
			ObjectNode meta = error.putObject("meta");
			meta.put("source_field", field.field());
			meta.put("rule", field.rule());
			errors.add(error);
		});
		return body;
	}

	private static ObjectNode error(PanelApiException exception, String detail) {
		ObjectNode error = JSON.objectNode();
		error.put("code", exception.code());
		error.put("status", Integer.toString(exception.status()));
		error.put("detail", detail);
		return error;
	}

}
