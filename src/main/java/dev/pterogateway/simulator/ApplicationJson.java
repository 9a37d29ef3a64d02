package dev.pterogateway.simulator;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application API's user, location, node and allocation transformers, and the include
 * plumbing shared by every application transformer.
 */
final class ApplicationJson {

	private final AutoDeployment deployment;

	ApplicationJson(PanelModel model) {
		this.deployment = new AutoDeployment(model);
	}

	/**
	 * The requested top-level includes; a nested {@code user.servers} counts as
	 * {@code user}.
	 */
	static Set<String> includes(ApiRequest request) {
		Set<String> includes = new LinkedHashSet<>();
		request.includes().forEach((include) -> includes.add(include.split("\\.")[0].trim()));
		return includes;
	}

	/** Adds an include under {@code attributes.relationships}, as Fractal does. */
	static void relate(ObjectNode item, String name, JsonNode value) {
		ObjectNode attributes = (ObjectNode) item.get("attributes");
		ObjectNode relationships = attributes.has("relationships") ? (ObjectNode) attributes.get("relationships")
				: attributes.putObject("relationships");
		relationships.set(name, value);
	}

	ObjectNode user(PanelUser user) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", user.id);
		attributes.put("external_id", user.externalId);
		attributes.put("uuid", user.uuid);
		attributes.put("username", user.username);
		attributes.put("email", user.email);
		attributes.put("first_name", user.firstName);
		attributes.put("last_name", user.lastName);
		attributes.put("language", user.language);
		attributes.put("root_admin", user.rootAdmin);
		attributes.put("2fa", false);
		attributes.put("created_at", Envelope.timestamp(user.createdAt));
		attributes.put("updated_at", Envelope.timestamp(user.updatedAt));
		return Envelope.item("user", attributes);
	}

	ObjectNode location(Location location) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", location.id);
		attributes.put("short", location.shortCode);
		attributes.put("long", location.longName);
		attributes.put("updated_at", Envelope.timestamp(location.updatedAt));
		attributes.put("created_at", Envelope.timestamp(location.createdAt));
		return Envelope.item("location", attributes);
	}

	ObjectNode node(Node node) {
		return Envelope.item("node", nodeAttributes(node));
	}

	/** A node of {@code GET /nodes/deployable}, which also carries the summed usage. */
	ObjectNode deployableNode(Node node) {
		ObjectNode attributes = nodeAttributes(node);
		ObjectNode allocated = (ObjectNode) attributes.remove("allocated_resources");
		attributes.put("sum_memory", allocatedMemory(node));
		attributes.put("sum_disk", allocatedDisk(node));
		attributes.set("allocated_resources", allocated);
		return Envelope.item("node", attributes);
	}

	private ObjectNode nodeAttributes(Node node) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", node.id);
		attributes.put("uuid", node.uuid);
		attributes.put("public", node.isPublic);
		attributes.put("name", node.name);
		attributes.put("description", node.description);
		attributes.put("location_id", node.locationId);
		attributes.put("fqdn", node.fqdn);
		attributes.put("scheme", node.scheme);
		attributes.put("behind_proxy", node.behindProxy);
		attributes.put("maintenance_mode", node.maintenanceMode);
		attributes.put("memory", node.memory);
		attributes.put("memory_overallocate", node.memoryOverallocate);
		attributes.put("disk", node.disk);
		attributes.put("disk_overallocate", node.diskOverallocate);
		attributes.put("upload_size", node.uploadSize);
		attributes.put("daemon_listen", node.daemonListen);
		attributes.put("daemon_sftp", node.daemonSftp);
		attributes.put("daemon_base", node.daemonBase);
		attributes.put("created_at", Envelope.timestamp(node.createdAt));
		attributes.put("updated_at", Envelope.timestamp(node.updatedAt));
		ObjectNode allocated = attributes.putObject("allocated_resources");
		allocated.put("memory", allocatedMemory(node));
		allocated.put("disk", allocatedDisk(node));
		return attributes;
	}

	private int allocatedMemory(Node node) {
		return this.deployment.usedMemory(node);
	}

	private int allocatedDisk(Node node) {
		return this.deployment.usedDisk(node);
	}

	/**
	 * Application allocations use {@code alias}/{@code assigned}, not the client names.
	 */
	ObjectNode allocation(Allocation allocation) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", allocation.id);
		attributes.put("ip", allocation.ip);
		attributes.put("alias", allocation.alias);
		attributes.put("port", allocation.port);
		attributes.put("notes", allocation.notes);
		attributes.put("assigned", allocation.isAssigned());
		return Envelope.item("allocation", attributes);
	}

}
