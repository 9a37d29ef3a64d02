package dev.pterogateway.simulator;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * The application API's server transformer with its includes ({@code allocations, user,
 * subusers, nest, egg, variables, location, node, databases}).
 */
final class ApplicationServerJson {

	private final PanelModel model;

	private final ApplicationJson json;

	private final ApplicationEggJson eggJson = new ApplicationEggJson();

	ApplicationServerJson(PanelModel model) {
		this.model = model;
		this.json = new ApplicationJson(model);
	}

	ObjectNode server(PanelServer server, Set<String> includes) {
		ObjectNode item = Envelope.item("server", attributes(server));
		Egg egg = this.model.requireEgg(server.eggId);
		Node node = this.model.requireNode(server.nodeId);
		if (includes.contains("allocations")) {
			ApplicationJson.relate(item, "allocations",
					Envelope.list(this.model.allocationsOf(server).stream().map(this.json::allocation).toList()));
		}
		if (includes.contains("user")) {
			ApplicationJson.relate(item, "user", this.json.user(this.model.ownerOf(server)));
		}
		if (includes.contains("subusers")) {
			ApplicationJson.relate(item, "subusers", Envelope.list(List.of()));
		}
		if (includes.contains("nest")) {
			ApplicationJson.relate(item, "nest",
					this.model.findNest(server.nestId).map(this.eggJson::nest).orElseGet(Envelope::nullResource));
		}
		if (includes.contains("egg")) {
			ApplicationJson.relate(item, "egg", this.eggJson.egg(egg));
		}
		if (includes.contains("variables")) {
			ApplicationJson.relate(item, "variables", Envelope.list(
					egg.variables.stream().map((variable) -> this.eggJson.serverVariable(variable, server)).toList()));
		}
		if (includes.contains("location")) {
			ApplicationJson.relate(item, "location",
					this.model.findLocation(node.locationId)
						.map(this.json::location)
						.orElseGet(Envelope::nullResource));
		}
		if (includes.contains("node")) {
			ApplicationJson.relate(item, "node", this.json.node(node));
		}
		if (includes.contains("databases")) {
			ApplicationJson.relate(item, "databases", Envelope.list(List.of()));
		}
		return item;
	}

	private ObjectNode attributes(PanelServer server) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", server.id);
		attributes.put("external_id", server.externalId);
		attributes.put("uuid", server.uuid);
		attributes.put("identifier", server.identifier);
		attributes.put("name", server.name);
		attributes.put("description", server.description);
		attributes.put("status", server.status);
		attributes.put("suspended", server.isSuspended());
		attributes.set("limits", ClientServerJson.limits(server.limits));
		attributes.set("feature_limits", ClientServerJson.featureLimits(server.featureLimits));
		attributes.put("user", server.ownerId);
		attributes.put("node", server.nodeId);
		attributes.put("allocation", server.allocationId);
		attributes.put("nest", server.nestId);
		attributes.put("egg", server.eggId);
		ObjectNode container = attributes.putObject("container");
		container.put("startup_command", server.startup);
		container.put("image", server.image);
		container.put("installed", server.isInstalling() ? 0 : 1);
		container.set("environment", environment(server));
		attributes.put("updated_at", Envelope.timestamp(server.updatedAt));
		attributes.put("created_at", Envelope.timestamp(server.createdAt));
		return attributes;
	}

	/**
	 * The panel's {@code EnvironmentService}: every egg variable (the server's value, or
	 * the default when none is stored), then the panel's own variables.
	 */
	private ObjectNode environment(PanelServer server) {
		ObjectNode environment = Envelope.object();
		this.model.requireEgg(server.eggId).variables.forEach((variable) -> environment.put(variable.envVariable,
				server.environment.getOrDefault(variable.envVariable, variable.defaultValue)));
		environment.put("STARTUP", server.startup);
		Node node = this.model.requireNode(server.nodeId);
		environment.put("P_SERVER_LOCATION",
				this.model.findLocation(node.locationId).map((location) -> location.shortCode).orElse(null));
		environment.put("P_SERVER_UUID", server.uuid);
		environment.put("P_SERVER_ALLOCATION_LIMIT", server.featureLimits.allocations());
		return environment;
	}

}
