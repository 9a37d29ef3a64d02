package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** Rename, reinstall, docker image, and the startup variables of a server. */
final class ClientSettingsRoutes implements RouteGroup {

	private static final String SERVER = "/api/client/servers/{server}";

	private final SimulatorContext context;

	ClientSettingsRoutes(SimulatorContext context) {
		this.context = context;
	}

	@Override
	public void register(RouteTable routes) {
		routes.post(SERVER + "/settings/rename", this::rename);
		routes.post(SERVER + "/settings/reinstall", this::reinstall);
		routes.put(SERVER + "/settings/docker-image", this::dockerImage);
		routes.get(SERVER + "/startup", this::startup);
		routes.put(SERVER + "/startup/variable", this::updateVariable);
	}

	private ApiResponse rename(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		RequestBody body = new RequestBody(request.body());
		body.check("name", "required|string|max:191").check("description", "nullable|string").validate();
		server.name = body.value("name").asString().trim();
		if (body.has("description")) {
			String description = body.text("description");
			server.description = (description != null) ? description : "";
		}
		server.updatedAt = this.context.model().now();
		return ApiResponse.noContent();
	}

	/**
	 * 202 {@code []}; the server is {@code installing} until the install duration passed.
	 */
	private ApiResponse reinstall(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		this.context.power().install(server, false);
		return ApiResponse.accepted();
	}

	private ApiResponse dockerImage(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Egg egg = this.context.model().requireEgg(server.eggId);
		RequestBody body = new RequestBody(request.body());
		body.check("docker_image", "required|string|in:" + String.join(",", egg.dockerImages.values())).validate();
		if (!egg.dockerImages.containsValue(server.image)) {
			throw PanelApiException.badRequest(
					"This server's Docker image has been manually set by an administrator and cannot be updated.");
		}
		server.image = body.text("docker_image");
		return ApiResponse.noContent();
	}

	private ApiResponse startup(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Egg egg = this.context.model().requireEgg(server.eggId);
		List<ObjectNode> variables = new ArrayList<>();
		egg.variables.stream()
			.filter((variable) -> variable.userViewable)
			.forEach((variable) -> variables.add(ClientServerJson.variable(variable, server)));
		ObjectNode list = Envelope.list(variables);
		ObjectNode meta = list.putObject("meta");
		meta.put("startup_command", StartupCommand.resolve(this.context.model(), server));
		ObjectNode images = meta.putObject("docker_images");
		egg.dockerImages.forEach(images::put);
		meta.put("raw_startup_command", server.startup);
		return ApiResponse.ok(list);
	}

	/**
	 * Updates one variable. An unknown key answers like a hidden one (the real panel
	 * currently fails with a 500 there).
	 */
	private ApiResponse updateVariable(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		RequestBody body = new RequestBody(request.body());
		body.check("key", "required|string").check("value", "present|nullable|string").validate();
		EggVariable variable = this.context.model()
			.requireEgg(server.eggId)
			.variable(body.text("key"))
			.filter((candidate) -> candidate.userViewable)
			.orElseThrow(() -> PanelApiException
				.badRequest("The environment variable you are trying to edit does not exist."));
		if (!variable.userEditable) {
			throw PanelApiException.badRequest("The environment variable you are trying to edit is read-only.");
		}
		new RequestBody(request.body()).check("value", variable.rules).validate();
		String value = body.text("value");
		server.environment.put(variable.envVariable, (value != null) ? value : "");
		ObjectNode item = ClientServerJson.variable(variable, server);
		ObjectNode meta = item.putObject("meta");
		meta.put("startup_command", StartupCommand.resolve(this.context.model(), server));
		meta.put("raw_startup_command", server.startup);
		return ApiResponse.ok(item);
	}

}
