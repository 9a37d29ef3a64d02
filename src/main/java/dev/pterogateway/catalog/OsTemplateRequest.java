package dev.pterogateway.catalog;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An OS template to create, or the full new state of one. The panel must be configured
 * and the egg must exist there (checked through the application API when the panel has a
 * key).
 *
 * @param name the name shown to customers
 * @param type a free grouping such as {@code minecraft}
 * @param panel the panel to create on, or {@code null} for the first panel with room
 * @param nestId the nest's id on the panel
 * @param eggId the egg's id on the panel
 * @param dockerImage the container image, or {@code null} for the egg's default
 * @param startup the startup command, or {@code null} for the egg's
 * @param environment egg variable values that override the egg's defaults, or
 * {@code null} for none
 */
record OsTemplateRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 64) String type,
		@Nullable @Size(min = 1, max = 64) String panel, @NotNull @Positive Integer nestId,
		@NotNull @Positive Integer eggId,
		@Nullable @Size(min = 1, max = 191) @Pattern(regexp = "~?[\\w./\\-:@ ]*",
				message = "must be a container image such as ghcr.io/pterodactyl/yolks:java_21") String dockerImage,
		@Nullable @Size(min = 1, max = 4000) String startup,
		@Nullable Map<@NotBlank @Size(max = 191) @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*",
				message = "must be an environment variable name") String, @NotNull @Size(
						max = 1000) String> environment) {

	/**
	 * The environment overrides.
	 * @return the overrides, empty when none were given
	 */
	Map<String, String> environmentOrEmpty() {
		return (this.environment != null) ? this.environment : Map.of();
	}

}
