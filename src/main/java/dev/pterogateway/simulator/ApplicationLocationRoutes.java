package dev.pterogateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Application API locations: list, view, create, update, delete. */
final class ApplicationLocationRoutes implements RouteGroup {

	private static final String LOCATIONS = "/api/application/locations";

	private final SimulatorContext context;

	private final ApplicationJson json;

	private final ApplicationServerJson serverJson;

	ApplicationLocationRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationJson(context.model());
		this.serverJson = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(LOCATIONS, this::list);
		routes.post(LOCATIONS, this::create);
		routes.get(LOCATIONS + "/{location}", this::view);
		routes.patch(LOCATIONS + "/{location}", this::update);
		routes.delete(LOCATIONS + "/{location}", this::delete);
	}

	private PanelModel model() {
		return this.context.model();
	}

	private ApiResponse list(ApiRequest request) {
		Map<String, String> filters = Filters.allowed(request, List.of("short", "long"));
		List<Location> locations = model().locations;
		locations = Filters.partial(locations, filters.get("short"), (location) -> location.shortCode);
		locations = Filters.partial(locations, filters.get("long"), (location) -> location.longName);
		locations = new Sorting<Location>().allow("id", (a, b) -> Integer.compare(a.id, b.id))
			.apply(request, locations);
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(locations, (location) -> location(location, includes), request, this.context.address().baseUrl()));
	}

	private ApiResponse view(ApiRequest request) {
		return ApiResponse.ok(location(require(request), ApplicationJson.includes(request)));
	}

	private ApiResponse create(ApiRequest request) {
		JsonNode body = JsonBody.normalize(request.body());
		validate(body, null, false);
		Location location = model().createLocation(JsonBody.text(body, "short"), JsonBody.text(body, "long"));
		ObjectNode item = location(location, ApplicationJson.includes(request));
		item.putObject("meta").put("resource", this.context.address().baseUrl() + LOCATIONS + "/" + location.id);
		return ApiResponse.created(item);
	}

	private ApiResponse update(ApiRequest request) {
		Location location = require(request);
		JsonNode body = JsonBody.normalize(request.body());
		validate(body, location, true);
		if (body.has("short")) {
			location.shortCode = JsonBody.text(body, "short");
		}
		if (body.has("long")) {
			location.longName = JsonBody.text(body, "long");
		}
		location.updatedAt = model().now();
		return ApiResponse.ok(location(location, ApplicationJson.includes(request)));
	}

	private ApiResponse delete(ApiRequest request) {
		Location location = require(request);
		if (model().nodes.stream().anyMatch((node) -> node.locationId == location.id)) {
			throw new PanelApiException(400, "HasActiveNodesException",
					"Cannot delete a location that has active nodes attached to it.");
		}
		model().locations.remove(location);
		return ApiResponse.noContent();
	}

	private Location require(ApiRequest request) {
		return model().findLocation(request.numericVariable("location")).orElseThrow(PanelApiException::notFound);
	}

	/** {@code Location::$validationRules}; an update makes both fields optional. */
	private void validate(JsonNode body, @Nullable Location self, boolean update) {
		RequestValidator validator = new RequestValidator(body);
		ValidatedField shortCode = validator.field("short");
		if (update) {
			shortCode.sometimes();
		}
		shortCode.required()
			.string()
			.between(1, 60)
			.unique((value) -> model().locations.stream()
				.anyMatch((location) -> location != self && location.shortCode.equals(JsonBody.text(value))));
		ValidatedField longName = validator.field("long");
		if (update) {
			longName.sometimes();
		}
		longName.nullable().string().between(1, 191);
		validator.validate();
	}

	private ObjectNode location(Location location, Set<String> includes) {
		ObjectNode item = this.json.location(location);
		if (includes.contains("nodes")) {
			ApplicationJson.relate(item, "nodes",
					Envelope.list(model().nodes.stream()
						.filter((node) -> node.locationId == location.id)
						.map(this.json::node)
						.toList()));
		}
		if (includes.contains("servers")) {
			ApplicationJson.relate(item, "servers",
					Envelope.list(model().servers.stream()
						.filter((server) -> model().requireNode(server.nodeId).locationId == location.id)
						.map((server) -> this.serverJson.server(server, Set.of()))
						.toList()));
		}
		return item;
	}

}
