package dev.pterogateway.simulator;

import java.time.Instant;
import java.util.List;

/**
 * The nests and eggs every simulated panel ships with: Minecraft (Paper, Vanilla) and
 * Rust, with the images, startup commands and variable rules of the official eggs.
 */
final class EggCatalog {

	static final Instant CREATED = Instant.parse("2024-01-15T09:30:00Z");

	private int nextVariableId = 1;

	void seed(PanelModel model) {
		Nest minecraft = new Nest(1, model.newUuid().toString(), "support@pterodactyl.io", "Minecraft",
				"Minecraft - the classic game from Mojang. With support for Vanilla MC, Spigot, and many others!",
				CREATED);
		Nest rust = new Nest(2, model.newUuid().toString(), "support@pterodactyl.io", "Rust",
				"Rust - A game where you must fight to survive.", CREATED);
		model.nests.addAll(List.of(minecraft, rust));
		model.eggs.add(paper(model, minecraft));
		model.eggs.add(vanilla(model, minecraft));
		model.eggs.add(rust(model, rust));
	}

	private Egg paper(PanelModel model, Nest nest) {
		Egg egg = new Egg(1, model.newUuid().toString(), nest.id, "Paper", "High performance Spigot fork.",
				"java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -Dterminal.ansi=true -jar {{SERVER_JARFILE}}",
				"stop", ")! For help, type ", CREATED);
		javaImages(egg);
		egg.features = List.of("eula", "java_version", "pid_limit");
		variable(egg, "Minecraft Version",
				"The version of minecraft to download. Leave at latest to always get the latest version.",
				"MINECRAFT_VERSION", "latest", true, true, "nullable|string|max:20");
		jarVariable(egg);
		variable(egg, "Download Path",
				"A URL to use to download a server.jar rather than the ones in the install script. This is not user viewable.",
				"DL_PATH", "", false, false, "nullable|string");
		variable(egg, "Build Number",
				"The build number for the paper release. Leave at latest to always get the latest version.",
				"BUILD_NUMBER", "latest", true, true, "required|string|max:20");
		return egg;
	}

	private Egg vanilla(PanelModel model, Nest nest) {
		Egg egg = new Egg(2, model.newUuid().toString(), nest.id, "Vanilla Minecraft",
				"Minecraft is a game about placing blocks and going on adventures.",
				"java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}", "stop", ")! For help, type ",
				CREATED);
		javaImages(egg);
		egg.features = List.of("eula", "java_version", "pid_limit");
		jarVariable(egg);
		variable(egg, "Server Version",
				"The version of Minecraft Vanilla to install. Use \"latest\" to install the latest release, or \"snapshot\" to install the latest snapshot.",
				"VANILLA_VERSION", "latest", true, true, "required|string|between:3,15");
		return egg;
	}

	private Egg rust(PanelModel model, Nest nest) {
		Egg egg = new Egg(3, model.newUuid().toString(), nest.id, "Rust", "The only aim in Rust is to survive.",
				"./RustDedicated -batchmode +server.port {{SERVER_PORT}} +server.identity \"rust\" +rcon.port {{RCON_PORT}} +rcon.web true +server.hostname \"{{HOSTNAME}}\" +server.level \"{{LEVEL}}\" +server.maxplayers {{MAX_PLAYERS}} +rcon.password \"{{RCON_PASS}}\" +server.worldsize \"{{WORLD_SIZE}}\" +server.seed \"{{WORLD_SEED}}\"",
				"quit", "Server startup complete", CREATED);
		egg.dockerImages.put("ghcr.io/pterodactyl/games:rust", "ghcr.io/pterodactyl/games:rust");
		egg.features = List.of("steam_disk_space");
		variable(egg, "Server Name", "The name of your server in the public server list.", "HOSTNAME", "A Rust Server",
				true, true, "required|string|max:60");
		variable(egg, "Level", "The world file for Rust to use.", "LEVEL", "Procedural Map", true, true,
				"required|string|in:Procedural Map,Barren,HapisIsland,SavasIsland");
		variable(egg, "Max Players", "The maximum amount of players allowed in the server at once.", "MAX_PLAYERS",
				"40", true, true, "required|integer");
		variable(egg, "World Size", "The world size for a procedural map.", "WORLD_SIZE", "3000", true, true,
				"required|integer");
		variable(egg, "World Seed", "The seed for a procedural map.", "WORLD_SEED", "", true, true, "nullable|string");
		variable(egg, "RCON Port", "Port for RCON connections.", "RCON_PORT", "28016", true, false, "required|integer");
		variable(egg, "RCON Password", "RCON access password.", "RCON_PASS", "CHANGEME", true, true,
				"required|regex:/^[\\w.-]*$/|max:64");
		return egg;
	}

	private static void javaImages(Egg egg) {
		egg.dockerImages.put("Java 21", "ghcr.io/pterodactyl/yolks:java_21");
		egg.dockerImages.put("Java 17", "ghcr.io/pterodactyl/yolks:java_17");
		egg.dockerImages.put("Java 11", "ghcr.io/pterodactyl/yolks:java_11");
		egg.dockerImages.put("Java 8", "ghcr.io/pterodactyl/yolks:java_8");
	}

	private void jarVariable(Egg egg) {
		variable(egg, "Server Jar File", "The name of the server jarfile to run the server with.", "SERVER_JARFILE",
				"server.jar", true, true, "required|regex:/^([\\w\\d._-]+)(\\.jar)$/");
	}

	private void variable(Egg egg, String name, String description, String env, String defaultValue, boolean viewable,
			boolean editable, String rules) {
		egg.variables.add(new EggVariable(this.nextVariableId++, egg.id, name, description, env, defaultValue, viewable,
				editable, rules, CREATED));
	}

}
