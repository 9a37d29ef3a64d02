package dev.pterogateway.simulator;

import tools.jackson.databind.node.ObjectNode;

/** Client API server details and resources. */
final class ClientServerRoutes implements RouteGroup {

	private final SimulatorContext context;

	private final ClientServerJson json;

	ClientServerRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ClientServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get("/api/client/servers/{server}", this::details);
		routes.get("/api/client/servers/{server}/resources", this::resources);
	}

	private ApiResponse details(ApiRequest request) {
		PanelServer server = ServerAccess.require(this.context.model(), request);
		ObjectNode body = this.json.server(server, request.caller(), request.includes());
		ObjectNode meta = body.putObject("meta");
		meta.put("is_server_owner", server.ownerId == request.caller().id);
		meta.set("user_permissions", ClientServerJson.permissions(request.caller()));
		return ApiResponse.ok(body);
	}

	private ApiResponse resources(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		ResourceUsage usage = ResourceUsage.of(server, this.context.model().now());
		return ApiResponse.ok(Envelope.item("stats", usage.clientAttributes(server.isSuspended())));
	}

}
