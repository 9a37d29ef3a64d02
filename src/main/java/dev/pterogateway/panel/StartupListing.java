package dev.pterogateway.panel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/client/servers/{server}/startup}: a list of variables
 * whose {@code meta} holds the startup command and images.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StartupListing(@JsonProperty("data") @Nullable List<Item<StartupVariable>> data,
		@JsonProperty("meta") @Nullable Meta meta) {

	ServerStartup toStartup() {
		List<StartupVariable> variables = (this.data != null)
				? this.data.stream().map(Item::attributes).filter(Objects::nonNull).toList() : List.of();
		Meta meta = (this.meta != null) ? this.meta : new Meta(null, null, null);
		return new ServerStartup(variables, Objects.requireNonNullElse(meta.startupCommand(), ""),
				Objects.requireNonNullElse(meta.rawStartupCommand(), ""),
				Objects.requireNonNullElse(meta.dockerImages(), Map.of()));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Meta(@JsonProperty("startup_command") @Nullable String startupCommand,
			@JsonProperty("raw_startup_command") @Nullable String rawStartupCommand,
			@JsonProperty("docker_images") @Nullable Map<String, String> dockerImages) {

	}

}
