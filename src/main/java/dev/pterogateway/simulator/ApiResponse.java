package dev.pterogateway.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A response of the simulated panel: status, JSON body (null for 204) and extra headers.
 */
final class ApiResponse {

	private final int status;

	private final @Nullable JsonNode body;

	private final Map<String, String> headers = new LinkedHashMap<>();

	ApiResponse(int status, @Nullable JsonNode body) {
		this.status = status;
		this.body = body;
	}

	static ApiResponse ok(JsonNode body) {
		return new ApiResponse(200, body);
	}

	static ApiResponse created(JsonNode body) {
		return new ApiResponse(201, body);
	}

	static ApiResponse noContent() {
		return new ApiResponse(204, null);
	}

	/** 202 with the body {@code []}, as the panel answers reinstall. */
	static ApiResponse accepted() {
		return new ApiResponse(202, JsonNodeFactory.instance.arrayNode());
	}

	ApiResponse header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	int status() {
		return this.status;
	}

	@Nullable JsonNode body() {
		return this.body;
	}

	Map<String, String> headers() {
		return this.headers;
	}

}
