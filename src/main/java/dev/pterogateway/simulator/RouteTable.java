package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of the simulated panel: method + path pattern with {@code {placeholders}}.
 * An unknown path answers 404 and a known path with another method 405, as Laravel does.
 */
final class RouteTable {

	private final List<Route> routes = new ArrayList<>();

	RouteTable add(RouteGroup group) {
		group.register(this);
		return this;
	}

	void get(String pattern, RouteHandler handler) {
		register("GET", pattern, handler);
	}

	void post(String pattern, RouteHandler handler) {
		register("POST", pattern, handler);
	}

	void put(String pattern, RouteHandler handler) {
		register("PUT", pattern, handler);
	}

	void patch(String pattern, RouteHandler handler) {
		register("PATCH", pattern, handler);
	}

	void delete(String pattern, RouteHandler handler) {
		register("DELETE", pattern, handler);
	}

	void register(String method, String pattern, RouteHandler handler) {
		this.routes.add(new Route(method, segments(pattern), handler));
	}

	/**
	 * Finds the route of a request.
	 * @throws PanelApiException 404 for an unknown route, 405 for a wrong method
	 */
	Match match(String method, String path) {
		String[] segments = segments(path);
		Set<String> allowed = new LinkedHashSet<>();
		for (Route route : this.routes) {
			Optional<Map<String, String>> variables = route.bind(segments);
			if (variables.isPresent()) {
				if (route.method.equals(method) || ("HEAD".equals(method) && "GET".equals(route.method))) {
					return new Match(route.handler, variables.get());
				}
				allowed.add(route.method);
				if ("GET".equals(route.method)) {
					allowed.add("HEAD");
				}
			}
		}
		String route = path.startsWith("/") ? path.substring(1) : path;
		if (allowed.isEmpty()) {
			throw new PanelApiException(404, "NotFoundHttpException", "The route " + route + " could not be found.");
		}
		throw new PanelApiException(405, "MethodNotAllowedHttpException",
				"The " + method + " method is not supported for route " + route + ". Supported methods: "
						+ String.join(", ", allowed) + ".");
	}

	private static String[] segments(String path) {
		String trimmed = path.replaceAll("^/+|/+$", "");
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
	}

	/**
	 * A matched route.
	 *
	 * @param handler the handler
	 * @param variables the path variables
	 */
	record Match(RouteHandler handler, Map<String, String> variables) {

	}

	private record Route(String method, String[] pattern, RouteHandler handler) {

		Optional<Map<String, String>> bind(String[] segments) {
			if (segments.length != this.pattern.length) {
				return Optional.empty();
			}
			Map<String, String> variables = new LinkedHashMap<>();
			for (int i = 0; i < segments.length; i++) {
				String expected = this.pattern[i];
				if (expected.startsWith("{") && expected.endsWith("}")) {
					variables.put(expected.substring(1, expected.length() - 1), segments[i]);
				}
				else if (!expected.equals(segments[i])) {
					return Optional.empty();
				}
			}
			return Optional.of(variables);
		}

	}

}
