package dev.pterogateway.simulator;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/** The client API's server, allocation and egg variable transformers. */
final class ClientServerJson {

	private static final List<String> ADMIN_PERMISSIONS = List.of("*", "admin.websocket.errors",
			"admin.websocket.install", "admin.websocket.transfer");

	private final PanelModel model;

	ClientServerJson(PanelModel model) {
		this.model = model;
	}

	ObjectNode server(PanelServer server, PanelUser caller, Set<String> includes) {
		Node node = this.model.requireNode(server.nodeId);
		Egg egg = this.model.requireEgg(server.eggId);
		ObjectNode attributes = Envelope.object();
		attributes.put("server_owner", server.ownerId == caller.id);
		attributes.put("identifier", server.identifier);
		attributes.put("internal_id", server.id);
		attributes.put("uuid", server.uuid);
		attributes.put("name", server.name);
		attributes.put("node", node.name);
		attributes.put("is_node_under_maintenance", node.maintenanceMode);
		ObjectNode sftp = attributes.putObject("sftp_details");
		sftp.put("ip", node.fqdn);
		sftp.put("port", node.daemonSftp);
		attributes.put("description", server.description);
		attributes.set("limits", limits(server.limits));
		attributes.put("invocation", StartupCommand.resolve(this.model, server));
		attributes.put("docker_image", server.image);
		if (egg.features == null) {
			attributes.putNull("egg_features");
		}
		else {
			attributes.set("egg_features", Envelope.strings(egg.features));
		}
		attributes.set("feature_limits", featureLimits(server.featureLimits));
		attributes.put("status", server.status);
		attributes.put("is_suspended", server.isSuspended());
		attributes.put("is_installing", server.isInstalling());
		attributes.put("is_transferring", false);
		ObjectNode relationships = attributes.putObject("relationships");
		relationships.set("allocations",
				Envelope.list(this.model.allocationsOf(server)
					.stream()
					.map((allocation) -> allocation(allocation, server))
					.toList()));
		relationships.set("variables",
				Envelope.list(egg.variables.stream()
					.filter((variable) -> variable.userViewable)
					.map((variable) -> variable(variable, server))
					.toList()));
		if (includes.contains("egg")) {
			ObjectNode eggAttributes = Envelope.object().put("uuid", egg.uuid).put("name", egg.name);
			relationships.set("egg", Envelope.item("egg", eggAttributes));
		}
		if (includes.contains("subusers")) {
			relationships.set("subusers", Envelope.list(List.of()));
		}
		return Envelope.item("server", attributes);
	}

	static ObjectNode limits(ServerLimits limits) {
		ObjectNode node = Envelope.object();
		node.put("memory", limits.memory());
		node.put("swap", limits.swap());
		node.put("disk", limits.disk());
		node.put("io", limits.io());
		node.put("cpu", limits.cpu());
		node.put("threads", limits.threads());
		node.put("oom_disabled", limits.oomDisabled());
		return node;
	}

	static ObjectNode featureLimits(FeatureLimits limits) {
		ObjectNode node = Envelope.object();
		node.put("databases", limits.databases());
		node.put("allocations", limits.allocations());
		node.put("backups", limits.backups());
		return node;
	}

	static ObjectNode allocation(Allocation allocation, PanelServer server) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", allocation.id);
		attributes.put("ip", allocation.ip);
		attributes.put("ip_alias", allocation.alias);
		attributes.put("port", allocation.port);
		attributes.put("notes", allocation.notes);
		attributes.put("is_default", allocation.id == server.allocationId);
		return Envelope.item("allocation", attributes);
	}

	static ObjectNode variable(EggVariable variable, PanelServer server) {
		ObjectNode attributes = Envelope.object();
		attributes.put("name", variable.name);
		attributes.put("description", variable.description);
		attributes.put("env_variable", variable.envVariable);
		attributes.put("default_value", variable.defaultValue);
		attributes.put("server_value", server.environment.get(variable.envVariable));
		attributes.put("is_editable", variable.userEditable);
		attributes.put("rules", variable.rules);
		return Envelope.item("egg_variable", attributes);
	}

	/**
	 * {@code meta.user_permissions}: root admins get the admin websocket permissions too.
	 */
	static List<String> permissions(PanelUser caller) {
		return caller.rootAdmin ? ADMIN_PERMISSIONS : List.of("*");
	}

}
