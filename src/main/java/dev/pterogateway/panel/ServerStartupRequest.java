package dev.pterogateway.panel;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A server's new startup ({@code PATCH /api/application/servers/{id}/startup}). The panel
 * requires all fields; only the variables in {@code environment} change.
 *
 * @param startup the startup command with {@code {{VAR}}} placeholders
 * @param environment the variables to change
 * @param egg the egg's id
 * @param image the container image
 * @param skipScripts whether to skip install scripts on a later reinstall
 */
public record ServerStartupRequest(@JsonProperty("startup") String startup,
		@JsonProperty("environment") Map<String, String> environment, @JsonProperty("egg") int egg,
		@JsonProperty("image") String image, @JsonProperty("skip_scripts") boolean skipScripts) {

	public ServerStartupRequest {
		environment = Map.copyOf(environment);
	}

	/**
	 * The current startup of a server with some variables changed.
	 * @param server the server as the panel shows it
	 * @param environment the variables to change
	 * @return the request
	 */
	public static ServerStartupRequest from(ApplicationServer server, Map<String, String> environment) {
		return new ServerStartupRequest(server.container().startupCommand(), environment, server.egg(),
				server.container().image(), false);
	}

}
