package dev.pterogateway.simulator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/application/servers}: the rules of {@code StoreServerRequest}, then
 * {@code ServerCreationService} (automatic deployment, egg variable validation, the new
 * server in {@code installing}, Wings' install with optional start).
 */
final class ServerCreation {

	static final Pattern IMAGE = Pattern.compile("^~?[\\w./\\-:@ ]*$");

	static final Pattern THREADS = Pattern.compile("^[0-9-,]+$");

	private final SimulatorContext context;

	ServerCreation(SimulatorContext context) {
		this.context = context;
	}

	private PanelModel model() {
		return this.context.model();
	}

	/**
	 * Creates a server from a normalized request body.
	 * @throws PanelApiException 422 on invalid input, 400 when automatic deployment finds
	 * no node or allocation
	 */
	PanelServer create(JsonNode body) {
		boolean deploy = RequestValidator.filled(body.path("deploy"));
		validate(body, deploy);
		Egg egg = model().requireEgg(JsonBody.integer(body, "egg", 0));
		Allocation primary = deploy ? deploy(body)
				: model().findAllocation(JsonBody.integer(body, "allocation.default", 0)).orElseThrow();
		EggVariableRules.validate(egg, body.path("environment"), false);
		PanelUser owner = model().requireUser(JsonBody.integer(body, "user", 0));
		PanelServer server = model().createServer(model().newUuid().toString(),
				Objects.requireNonNull(JsonBody.text(body, "name")), owner, egg, limits(body), featureLimits(body),
				primary);
		server.externalId = JsonBody.text(body, "external_id");
		server.description = Objects.requireNonNullElse(JsonBody.text(body, "description"), "");
		server.startup = Objects.requireNonNull(JsonBody.text(body, "startup"));
		server.image = Objects.requireNonNull(JsonBody.text(body, "docker_image"));
		server.skipScripts = JsonBody.bool(body, "skip_scripts", false);
		EggVariableRules.store(egg, body.path("environment"), server.environment, false);
		if (!deploy) {
			JsonBody.integers(body, "allocation.additional")
				.forEach((id) -> model().findAllocation(id).ifPresent((allocation) -> allocation.serverId = server.id));
		}
		this.context.power().install(server, JsonBody.bool(body, "start_on_completion", false));
		return server;
	}

	private Allocation deploy(JsonNode body) {
		AutoDeployment deployment = new AutoDeployment(model());
		List<Node> nodes = deployment.viableNodes(JsonBody.integers(body, "deploy.locations"),
				JsonBody.integer(body, "limits.memory", 0), JsonBody.integer(body, "limits.disk", 0));
		return deployment.selectAllocation(nodes, JsonBody.bool(body, "deploy.dedicated_ip", false),
				JsonBody.texts(body, "deploy.port_range"));
	}

	static ServerLimits limits(JsonNode body) {
		return new ServerLimits(JsonBody.integer(body, "limits.memory", 0), JsonBody.integer(body, "limits.swap", 0),
				JsonBody.integer(body, "limits.disk", 0), JsonBody.integer(body, "limits.io", 500),
				JsonBody.integer(body, "limits.cpu", 0), JsonBody.text(body, "limits.threads"),
				JsonBody.bool(body, "oom_disabled", true));
	}

	/** Null feature limits are stored as 0 on create. */
	private static FeatureLimits featureLimits(JsonNode body) {
		return new FeatureLimits(JsonBody.integer(body, "feature_limits.databases", 0),
				JsonBody.integer(body, "feature_limits.allocations", 0),
				JsonBody.integer(body, "feature_limits.backups", 0));
	}

	private void validate(JsonNode body, boolean deploy) {
		RequestValidator validator = new RequestValidator(body);
		identityRules(validator, model(), null);
		validator.field("description").nullable().string();
		userRule(validator, model());
		validator.field("egg").required().exists((value) -> eggExists(JsonBody.integer(value)));
		validator.field("docker_image").required().string().max(191).regex(IMAGE);
		validator.field("startup").required().string();
		validator.field("environment").present().array();
		validator.field("skip_scripts").sometimes().bool();
		validator.field("oom_disabled").sometimes().bool();
		validator.field("limits").required().array();
		limitRules(validator, "limits.");
		featureLimitRules(validator);
		if (!deploy) {
			allocationRules(validator, body);
		}
		deployRules(validator, body, deploy);
		validator.field("start_on_completion").sometimes().bool();
		validator.validate();
	}

	/** Without {@code deploy}, allocations are chosen by hand and must be free. */
	private void allocationRules(RequestValidator validator, JsonNode body) {
		validator.field("allocation.default")
			.required()
			.integer()
			.bail()
			.exists((value) -> unassigned(JsonBody.integer(value)));
		JsonNode additional = JsonBody.at(body, "allocation.additional");
		for (int i = 0; additional.isContainer() && i < additional.size(); i++) {
			validator.field("allocation.additional." + i)
				.integer()
				.exists((value) -> unassigned(JsonBody.integer(value)));
		}
	}

	/**
	 * {@code external_id} and {@code name} of {@code Server::$validationRules}.
	 * @param updated the server whose details are updated, which may keep its own
	 * external id; null on create
	 */
	static void identityRules(RequestValidator validator, PanelModel model, @Nullable PanelServer updated) {
		validator.field("external_id")
			.sometimes()
			.nullable()
			.string()
			.between(1, 191)
			.unique((value) -> model.servers.stream()
				.anyMatch((server) -> server != updated && JsonBody.text(value).equals(server.externalId)));
		validator.field("name").required().string().min(1).max(191);
	}

	static void userRule(RequestValidator validator, PanelModel model) {
		validator.field("user").required().integer().exists((value) -> {
			Integer id = JsonBody.integer(value);
			return id != null && model.findUser(id).isPresent();
		});
	}

	/** The five limits of {@code Server::$validationRules} under a prefix. */
	static void limitRules(RequestValidator validator, String prefix) {
		validator.field(prefix + "memory").required().numeric().min(0);
		validator.field(prefix + "swap").required().numeric().min(-1);
		validator.field(prefix + "disk").required().numeric().min(0);
		validator.field(prefix + "io").required().numeric().between(10, 1000);
		validator.field(prefix + "threads").nullable().regex(THREADS);
		validator.field(prefix + "cpu").required().numeric().min(0);
	}

	static void featureLimitRules(RequestValidator validator) {
		validator.field("feature_limits").required().array();
		validator.field("feature_limits.databases").present().nullable().integer().min(0);
		validator.field("feature_limits.allocations").sometimes().nullable().integer().min(0);
		validator.field("feature_limits.backups").present().nullable().integer().min(0);
	}

	private static void deployRules(RequestValidator validator, JsonNode body, boolean deploy) {
		validator.field("deploy").sometimes().required().array();
		ValidatedField locations = validator.field("deploy.locations").array();
		if (deploy) {
			locations.present();
		}
		JsonNode locationIds = JsonBody.at(body, "deploy.locations");
		for (int i = 0; locationIds.isArray() && i < locationIds.size(); i++) {
			validator.field("deploy.locations." + i).integer().min(1);
		}
		validator.field("deploy.dedicated_ip").requiredWith("deploy", "boolean");
		ValidatedField ports = validator.field("deploy.port_range").array();
		if (deploy) {
			ports.present();
		}
		JsonNode portRange = JsonBody.at(body, "deploy.port_range");
		for (int i = 0; portRange.isArray() && i < portRange.size(); i++) {
			validator.field("deploy.port_range." + i).string();
		}
	}

	private boolean eggExists(@Nullable Integer id) {
		return id != null && model().findEgg(id).isPresent();
	}

	private boolean unassigned(@Nullable Integer id) {
		return id != null && model().findAllocation(id).filter((allocation) -> !allocation.isAssigned()).isPresent();
	}

}
