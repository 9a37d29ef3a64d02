package dev.pterogateway.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/client} (server list) and {@code GET /api/client/account}. */
final class ClientAccountRoutes implements RouteGroup {

	private static final List<String> LIST_FILTERS = List.of("uuid", "name", "description", "external_id", "*");

	private final SimulatorContext context;

	private final ClientServerJson json;

	ClientAccountRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ClientServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get("/api/client", this::listServers);
		routes.get("/api/client/account", this::account);
	}

	private ApiResponse account(ApiRequest request) {
		PanelUser user = request.caller();
		ObjectNode attributes = Envelope.object();
		attributes.put("id", user.id);
		attributes.put("admin", user.rootAdmin);
		attributes.put("username", user.username);
		attributes.put("email", user.email);
		attributes.put("first_name", user.firstName);
		attributes.put("last_name", user.lastName);
		attributes.put("language", user.language);
		return ApiResponse.ok(Envelope.item("user", attributes));
	}

	private ApiResponse listServers(ApiRequest request) {
		Map<String, String> filters = Filters.allowed(request, LIST_FILTERS);
		PanelUser caller = request.caller();
		String type = request.query().first("type").orElse("");
		List<PanelServer> servers = this.context.model().servers.stream().filter(visibility(caller, type)).toList();
		servers = Filters.partial(servers, filters.get("uuid"), (server) -> server.uuid);
		servers = Filters.partial(servers, filters.get("name"), (server) -> server.name);
		servers = Filters.partial(servers, filters.get("description"), (server) -> server.description);
		servers = Filters.partial(servers, filters.get("external_id"), (server) -> server.externalId);
		String search = filters.get("*");
		if (search != null && !search.isEmpty()) {
			servers = servers.stream().filter((server) -> matchesSearch(server, search)).toList();
		}
		Pagination pagination = Pagination.of(request, 50, 100);
		return ApiResponse.ok(pagination.list(servers, (server) -> this.json.server(server, caller, request.includes()),
				request, this.context.address().baseUrl()));
	}

	private static Predicate<PanelServer> visibility(PanelUser caller, String type) {
		if ("admin".equals(type)) {
			return (server) -> caller.rootAdmin && server.ownerId != caller.id;
		}
		if ("admin-all".equals(type)) {
			return (server) -> caller.rootAdmin;
		}
		return (server) -> server.ownerId == caller.id;
	}

	/**
	 * The multi-field {@code filter[*]}: uuid prefix, identifier, external id, name, or
	 * ip:port.
	 */
	private boolean matchesSearch(PanelServer server, String search) {
		String needle = search.toLowerCase(Locale.ROOT);
		if (needle.matches("^(\\d{1,3}(\\.\\d{1,3}){3})?(:\\d*)?$") && !needle.isEmpty()) {
			String[] parts = needle.split(":", -1);
			return this.context.model().allocationsOf(server).stream().anyMatch((allocation) -> {
				boolean ipMatches = parts[0].isEmpty() || allocation.ip.equals(parts[0]);
				boolean portMatches = parts.length < 2 || Integer.toString(allocation.port).startsWith(parts[1]);
				return ipMatches && portMatches;
			});
		}
		return server.uuid.startsWith(needle) || server.identifier.equals(needle) || needle.equals(server.externalId)
				|| server.name.toLowerCase(Locale.ROOT).contains(needle);
	}

}
