package dev.pterogateway.catalog;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An OS template: which egg a new server runs, on which panel, with which image, startup
 * command and egg variable values.
 *
 * @param id the template's id
 * @param name the name shown to customers, such as {@code Paper}
 * @param type a free grouping such as {@code minecraft}
 * @param panel the panel to create on, or {@code null} for the first panel with room
 * @param nestId the nest's id on the panel
 * @param eggId the egg's id on the panel
 * @param dockerImage the container image, or {@code null} for the egg's default
 * @param startup the startup command, or {@code null} for the egg's
 * @param environment egg variable values that override the egg's defaults
 */
public record OsTemplate(long id, String name, String type, @Nullable String panel, int nestId, int eggId,
		@Nullable String dockerImage, @Nullable String startup, Map<String, String> environment) {

	public OsTemplate {
		environment = Map.copyOf(environment);
	}

}
