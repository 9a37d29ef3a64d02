package dev.pterogateway.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The console lines Wings and the game print, with Wings' ANSI colour codes. */
final class ConsoleLines {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private ConsoleLines() {
	}

	static String daemon(String message) {
		return "\u001b[33m\u001b[1m[Pterodactyl Daemon]:\u001b[39m " + message + "\u001b[0m";
	}

	static List<String> starting(Egg egg, String invocation, Instant at) {
		List<String> lines = new ArrayList<>();
		lines.add(daemon("Checking server disk space usage, this could take a few seconds..."));
		lines.add(daemon("Updating process configuration files..."));
		lines.add(daemon("Ensuring file permissions are set correctly, this could take a few seconds..."));
		lines.add(daemon("Pulling Docker container image, this could take a few minutes to complete..."));
		lines.add(daemon("Finished pulling Docker container image"));
		lines.add("\u001b[1m\u001b[33mcontainer@pterodactyl~ \u001b[0m" + invocation);
		if (isMinecraft(egg)) {
			lines.add(game(at, "INFO", "Starting minecraft server version 1.21.1"));
			lines.add(game(at, "INFO", "Loading properties"));
			lines.add(game(at, "INFO", "Preparing level \"world\""));
		}
		else {
			lines.add("Loading Prefab Bundle ");
			lines.add("Generating procedural map of size 3000 with seed 1337");
		}
		return lines;
	}

	static String running(Egg egg, Instant at) {
		if (isMinecraft(egg)) {
			return game(at, "INFO", "Done (3.214s)! For help, type \"help\"");
		}
		return egg.doneLine;
	}

	static List<String> stopping(Egg egg, Instant at) {
		if (isMinecraft(egg)) {
			return List.of(game(at, "INFO", "Stopping the server"), game(at, "INFO", "Stopping server"),
					game(at, "INFO", "Saving players"), game(at, "INFO", "Saving worlds"));
		}
		return List.of("Saving 3512 entities", "Shutting down server");
	}

	/**
	 * What the egg's install script prints, relayed by Wings as {@code install output}
	 * (to sockets with {@code admin.websocket.install} only).
	 */
	static List<String> installing(Egg egg) {
		return List.of("+ apt-get update -y", "Reading package lists... Done",
				"Installing " + egg.name + " server files to /mnt/server", "\u001b[32mInstallation completed\u001b[0m");
	}

	static String command(String command) {
		return "> " + command;
	}

	static List<String> crashed(int exitCode) {
		return List.of(daemon("---------- Detected server process in a crashed state! ----------"),
				daemon("Exit code: " + exitCode), daemon("Out of memory: false"),
				daemon("Aborting automatic restart, last crash occurred less than 60 seconds ago."));
	}

	private static boolean isMinecraft(Egg egg) {
		return egg.nestId == 1;
	}

	private static String game(Instant at, String level, String message) {
		return "[" + TIME.format(at) + " " + level + "]: " + message;
	}

}
