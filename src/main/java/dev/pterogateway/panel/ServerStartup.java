package dev.pterogateway.panel;

import java.util.List;
import java.util.Map;

/**
 * A server's startup configuration ({@code GET /api/client/servers/{server}/startup}).
 *
 * @param variables the user-viewable variables
 * @param startupCommand the startup command with variables filled in
 * @param rawStartupCommand the startup command with {@code {{VAR}}} placeholders
 * @param dockerImages the egg's images, label to image
 */
public record ServerStartup(List<StartupVariable> variables, String startupCommand, String rawStartupCommand,
		Map<String, String> dockerImages) {

	public ServerStartup {
		variables = List.copyOf(variables);
		dockerImages = Map.copyOf(dockerImages);
	}

}
