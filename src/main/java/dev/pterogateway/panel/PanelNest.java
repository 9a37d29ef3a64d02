package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A nest (family of eggs, such as Minecraft) as the application API shows it.
 *
 * @param id the numeric id
 * @param uuid the uuid
 * @param author the author's e-mail address
 * @param name the name
 * @param description the description, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelNest(@JsonProperty("id") int id, @JsonProperty("uuid") String uuid,
		@JsonProperty("author") String author, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description) {

}
