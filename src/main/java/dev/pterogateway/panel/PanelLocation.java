package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A location (group of nodes) as the application API shows it.
 *
 * @param id the numeric id
 * @param shortCode the short code, such as {@code fra}
 * @param description the long name, such as {@code Frankfurt}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelLocation(@JsonProperty("id") int id, @JsonProperty("short") String shortCode,
		@JsonProperty("long") String description) {

}
