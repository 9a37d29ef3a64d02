package dev.pterogateway.simulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * The application API's nest, egg, egg variable and server variable transformers. Egg and
 * server variables are raw model dumps, so their dates use Laravel's model format.
 */
final class ApplicationEggJson {

	private static final String INSTALL_SCRIPT = "#!/bin/ash\n# Server Files: /mnt/server\nPROJECT=paper\n"
			+ "cd /mnt/server\necho -e \"Downloading server jar\"\n";

	ObjectNode nest(Nest nest) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", nest.id);
		attributes.put("uuid", nest.uuid);
		attributes.put("author", nest.author);
		attributes.put("name", nest.name);
		attributes.put("description", nest.description);
		attributes.put("created_at", Envelope.timestamp(nest.createdAt));
		attributes.put("updated_at", Envelope.timestamp(nest.createdAt));
		return Envelope.item("nest", attributes);
	}

	ObjectNode egg(Egg egg) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", egg.id);
		attributes.put("uuid", egg.uuid);
		attributes.put("name", egg.name);
		attributes.put("nest", egg.nestId);
		attributes.put("author", egg.author);
		attributes.put("description", egg.description);
		attributes.put("docker_image", egg.dockerImages.isEmpty() ? "" : egg.defaultImage());
		ObjectNode images = attributes.putObject("docker_images");
		egg.dockerImages.forEach(images::put);
		attributes.set("config", config(egg));
		attributes.put("startup", egg.startup);
		ObjectNode script = attributes.putObject("script");
		script.put("privileged", true);
		script.put("install", INSTALL_SCRIPT);
		script.put("entry", "ash");
		script.put("container", "ghcr.io/pterodactyl/installers:alpine");
		script.putNull("extends");
		attributes.put("created_at", Envelope.timestamp(egg.createdAt));
		attributes.put("updated_at", Envelope.timestamp(egg.createdAt));
		return Envelope.item("egg", attributes);
	}

	/**
	 * The decoded config columns; an empty JSON object column decodes to a PHP array and
	 * comes back as {@code []}.
	 */
	private static ObjectNode config(Egg egg) {
		ObjectNode config = Envelope.object();
		if (egg.nestId == 1) {
			ObjectNode find = config.putObject("files").putObject("server.properties");
			find.put("parser", "properties");
			ObjectNode values = find.putObject("find");
			values.put("server-ip", "0.0.0.0");
			values.put("server-port", "{{server.build.default.port}}");
			values.put("query.port", "{{server.build.default.port}}");
		}
		else {
			config.set("files", Envelope.array());
		}
		config.putObject("startup").put("done", egg.doneLine);
		config.put("stop", egg.stopCommand);
		config.set("logs", Envelope.array());
		config.set("file_denylist", Envelope.array());
		config.putNull("extends");
		return config;
	}

	ObjectNode eggVariable(EggVariable variable) {
		return Envelope.item("egg_variable", variableColumns(variable));
	}

	/**
	 * An egg variable with the server's value, as {@code include=variables} on a server.
	 */
	ObjectNode serverVariable(EggVariable variable, PanelServer server) {
		ObjectNode attributes = variableColumns(variable);
		attributes.put("server_value", server.environment.get(variable.envVariable));
		return Envelope.item("server_variable", attributes);
	}

	private static ObjectNode variableColumns(EggVariable variable) {
		ObjectNode attributes = Envelope.object();
		attributes.put("id", variable.id);
		attributes.put("egg_id", variable.eggId);
		attributes.put("name", variable.name);
		attributes.put("description", variable.description);
		attributes.put("env_variable", variable.envVariable);
		attributes.put("default_value", variable.defaultValue);
		attributes.put("user_viewable", variable.userViewable);
		attributes.put("user_editable", variable.userEditable);
		attributes.put("rules", variable.rules);
		attributes.put("created_at", Envelope.modelTimestamp(variable.createdAt));
		attributes.put("updated_at", Envelope.modelTimestamp(variable.createdAt));
		return attributes;
	}

}
