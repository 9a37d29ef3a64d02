package dev.pterogateway.simulator;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Application API server updates. All three are full replacements: details clears
 * {@code external_id} and {@code description} when omitted, build needs every limit,
 * startup needs startup, egg, image, environment and skip_scripts.
 */
final class ApplicationServerUpdateRoutes implements RouteGroup {

	private static final String SERVER = ApplicationServerRoutes.SERVERS + "/{server}";

	private final SimulatorContext context;

	private final ApplicationServerJson json;

	ApplicationServerUpdateRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.patch(SERVER + "/details", this::details);
		routes.patch(SERVER + "/build", this::build);
		routes.patch(SERVER + "/startup", this::startup);
	}

	private PanelModel model() {
		return this.context.model();
	}

	private ApiResponse details(ApiRequest request) {
		PanelServer server = ApplicationServerRoutes.require(model(), request);
		JsonNode body = JsonBody.normalize(request.body());
		RequestValidator validator = new RequestValidator(body);
		ServerCreation.identityRules(validator, model(), server);
		ServerCreation.userRule(validator, model());
		validator.field("description").nullable().string();
		validator.validate();
		server.externalId = JsonBody.text(body, "external_id");
		server.ownerId = JsonBody.integer(body, "user", server.ownerId);
		server.name = Objects.requireNonNull(JsonBody.text(body, "name"));
		server.description = Objects.requireNonNullElse(JsonBody.text(body, "description"), "");
		server.updatedAt = model().now();
		return ok(request, server);
	}

	private ApiResponse build(ApiRequest request) {
		PanelServer server = ApplicationServerRoutes.require(model(), request);
		new BuildModification(model()).apply(server, JsonBody.normalize(request.body()));
		return ok(request, server);
	}

	/** Only the variables sent are validated and changed. */
	private ApiResponse startup(ApiRequest request) {
		PanelServer server = ApplicationServerRoutes.require(model(), request);
		JsonNode body = JsonBody.normalize(request.body());
		RequestValidator validator = new RequestValidator(body);
		validator.field("startup").required().string();
		validator.field("environment").present().array();
		validator.field("egg")
			.required()
			.exists((value) -> JsonBody.integer(value) != null && model().findEgg(JsonBody.integer(value)).isPresent());
		validator.field("image").required().string().max(191).regex(ServerCreation.IMAGE);
		validator.field("skip_scripts").present().bool();
		validator.validate();
		Egg egg = model().requireEgg(JsonBody.integer(body, "egg", server.eggId));
		EggVariableRules.validate(egg, body.path("environment"), true);
		EggVariableRules.store(egg, body.path("environment"), server.environment, true);
		server.eggId = egg.id;
		server.nestId = egg.nestId;
		server.startup = Objects.requireNonNull(JsonBody.text(body, "startup"));
		server.image = Objects.requireNonNull(JsonBody.text(body, "image"));
		server.skipScripts = JsonBody.bool(body, "skip_scripts", false);
		server.updatedAt = model().now();
		return ok(request, server);
	}

	private ApiResponse ok(ApiRequest request, PanelServer server) {
		return ApiResponse.ok(this.json.server(server, ApplicationJson.includes(request)));
	}

}
