package dev.pterogateway.simulator;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * An authenticated API request as a route handler sees it.
 *
 * @param method the HTTP method
 * @param path the path without query
 * @param query the query parameters
 * @param pathVariables the values of the route's {@code {placeholders}}
 * @param body the parsed JSON body, an empty object when there was none
 * @param caller the panel user owning the key
 * @param key the key used
 */
record ApiRequest(String method, String path, QueryParameters query, Map<String, String> pathVariables, JsonNode body,
		PanelUser caller, ApiKey key) {

	String variable(String name) {
		String value = this.pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("No path variable " + name);
		}
		return value;
	}

	/**
	 * A numeric path variable; anything else cannot bind a model, so it is a 404.
	 */
	int numericVariable(String name) {
		try {
			return Integer.parseInt(variable(name));
		}
		catch (NumberFormatException ex) {
			throw PanelApiException.notFound();
		}
	}

	/** The {@code include} list, comma-separated or as {@code include[]}. */
	Set<String> includes() {
		Set<String> includes = new LinkedHashSet<>();
		this.query.all("include")
			.forEach((value) -> Arrays.stream(value.split(",")).map(String::trim).forEach(includes::add));
		includes.addAll(this.query.all("include[]"));
		includes.remove("");
		return includes;
	}

}
