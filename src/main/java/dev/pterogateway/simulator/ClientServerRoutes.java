package dev.pterogateway.simulator;

import java.time.Duration;

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
		routes.get("/api/client/servers/{server}/websocket", this::websocket);
	}

	private ApiResponse details(ApiRequest request) {
		PanelServer server = ServerAccess.require(this.context.model(), request);
		ObjectNode body = this.json.server(server, request.caller(), request.includes());
		ObjectNode meta = body.putObject("meta");
		meta.put("is_server_owner", server.ownerId == request.caller().id);
		meta.set("user_permissions", Envelope.strings(ClientServerJson.permissions(request.caller())));
		return ApiResponse.ok(body);
	}

	private ApiResponse resources(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		ResourceUsage usage = ResourceUsage.of(server, this.context.model().now());
		return ApiResponse.ok(Envelope.item("stats", usage.clientAttributes(server.isSuspended())));
	}

	/**
	 * Websocket credentials; root admins may connect while a server installs or restores,
	 * everyone else gets the usual 409.
	 */
	private ApiResponse websocket(ApiRequest request) {
		PanelModel model = this.context.model();
		PanelServer server = ServerAccess.require(model, request);
		boolean adminDuringWork = request.caller().rootAdmin && !server.isSuspended()
				&& !model.requireNode(server.nodeId).maintenanceMode;
		if (!adminDuringWork) {
			ServerAccess.checkState(model, server);
		}
		Node node = model.requireNode(server.nodeId);
		Faults faults = this.context.faults();
		Duration lifetime = faults.tokenTiming()
			.map(Faults.TokenTiming::lifetime)
			.orElse(this.context.settings().websocketTokenLifetime());
		String token = WingsToken.issue(model, node, server, request.caller(),
				ClientServerJson.permissions(request.caller()), this.context.address().baseUrl(), lifetime);
		int port = faults.unreachableWingsPort(server.identifier).orElse(node.daemonListen);
		ObjectNode body = Envelope.object();
		ObjectNode data = body.putObject("data");
		data.put("token", token);
		data.put("socket", "ws://127.0.0.1:" + port + "/api/servers/" + server.uuid + "/ws");
		return ApiResponse.ok(body);
	}

}
