package dev.pterogateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Application API nodes: list, view and {@code deployable}. */
final class ApplicationNodeRoutes implements RouteGroup {

	private static final String NODES = "/api/application/nodes";

	private final SimulatorContext context;

	private final ApplicationJson json;

	private final ApplicationServerJson serverJson;

	ApplicationNodeRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationJson(context.model());
		this.serverJson = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(NODES, this::list);
		routes.get(NODES + "/deployable", this::deployable);
		routes.get(NODES + "/{node}", this::view);
	}

	private PanelModel model() {
		return this.context.model();
	}

	private ApiResponse list(ApiRequest request) {
		Map<String, String> filters = Filters.allowed(request, List.of("uuid", "name", "fqdn", "daemon_token_id"));
		List<Node> nodes = model().nodes;
		nodes = Filters.partial(nodes, filters.get("uuid"), (node) -> node.uuid);
		nodes = Filters.partial(nodes, filters.get("name"), (node) -> node.name);
		nodes = Filters.partial(nodes, filters.get("fqdn"), (node) -> node.fqdn);
		nodes = Filters.partial(nodes, filters.get("daemon_token_id"), (node) -> node.daemonTokenId);
		nodes = new Sorting<Node>().allow("id", (a, b) -> Integer.compare(a.id, b.id))
			.allow("uuid", (a, b) -> a.uuid.compareTo(b.uuid))
			.allow("memory", (a, b) -> Integer.compare(a.memory, b.memory))
			.allow("disk", (a, b) -> Integer.compare(a.disk, b.disk))
			.apply(request, nodes);
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(nodes, (node) -> node(node, includes), request, this.context.address().baseUrl()));
	}

	private ApiResponse view(ApiRequest request) {
		Node node = model().findNode(request.numericVariable("node")).orElseThrow(PanelApiException::notFound);
		return ApiResponse.ok(node(node, ApplicationJson.includes(request)));
	}

	/**
	 * Public nodes with room for {@code memory} and {@code disk} in
	 * {@code location_ids[]}; paginated only when {@code page} is given.
	 */
	private ApiResponse deployable(ApiRequest request) {
		ObjectNode input = Envelope.object();
		request.query().first("memory").ifPresent((value) -> input.put("memory", value));
		request.query().first("disk").ifPresent((value) -> input.put("disk", value));
		request.query().first("page").ifPresent((value) -> input.put("page", value));
		List<String> locationIds = request.query().all("location_ids[]");
		if (!locationIds.isEmpty()) {
			ArrayNode locations = input.putArray("location_ids");
			locationIds.forEach(locations::add);
		}
		RequestValidator validator = new RequestValidator(JsonBody.normalize(input));
		validator.field("page").integer();
		validator.field("memory").required().integer().min(0);
		validator.field("disk").required().integer().min(0);
		validator.field("location_ids").array();
		for (int i = 0; i < locationIds.size(); i++) {
			validator.field("location_ids." + i).integer();
		}
		validator.validate();
		List<Node> nodes = new AutoDeployment(model()).viableNodes(JsonBody.integers(input, "location_ids"),
				JsonBody.integer(input, "memory", 0), JsonBody.integer(input, "disk", 0));
		if (request.query().first("page").isPresent()) {
			return ApiResponse.ok(Pagination.of(request, 50, 0)
				.list(nodes, this.json::deployableNode, request, this.context.address().baseUrl()));
		}
		return ApiResponse.ok(Envelope.list(nodes.stream().map(this.json::deployableNode).toList()));
	}

	private ObjectNode node(Node node, Set<String> includes) {
		ObjectNode item = this.json.node(node);
		if (includes.contains("allocations")) {
			ApplicationJson.relate(item, "allocations",
					Envelope.list(model().allocations.stream()
						.filter((allocation) -> allocation.nodeId == node.id)
						.map(this.json::allocation)
						.toList()));
		}
		if (includes.contains("location")) {
			ApplicationJson.relate(item, "location",
					model().findLocation(node.locationId).map(this.json::location).orElseGet(Envelope::nullResource));
		}
		if (includes.contains("servers")) {
			ApplicationJson.relate(item, "servers",
					Envelope.list(model().servers.stream()
						.filter((server) -> server.nodeId == node.id)
						.map((server) -> this.serverJson.server(server, Set.of()))
						.toList()));
		}
		return item;
	}

}
