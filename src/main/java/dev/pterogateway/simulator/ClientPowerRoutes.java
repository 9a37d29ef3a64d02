package dev.pterogateway.simulator;

/** {@code POST …/power} and {@code POST …/command}. */
final class ClientPowerRoutes implements RouteGroup {

	private final SimulatorContext context;

	ClientPowerRoutes(SimulatorContext context) {
		this.context = context;
	}

	@Override
	public void register(RouteTable routes) {
		routes.post("/api/client/servers/{server}/power", this::power);
		routes.post("/api/client/servers/{server}/command", this::command);
	}

	/** 204 at once; the state changes later (Wings runs the action in the background). */
	private ApiResponse power(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		RequestBody body = new RequestBody(request.body());
		body.check("signal", "required|string|in:start,stop,restart,kill").validate();
		this.context.power().signal(server, body.text("signal"));
		return ApiResponse.noContent();
	}

	private ApiResponse command(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		RequestBody body = new RequestBody(request.body());
		body.check("command", "required|string|min:1").validate();
		if (!server.power.isUp()) {
			throw new PanelApiException(502, "HttpException", "Server must be online in order to send commands.");
		}
		String command = body.value("command").asString();
		server.commands.add(command);
		this.context.model().console(server, ConsoleLines.command(command));
		return ApiResponse.noContent();
	}

}
