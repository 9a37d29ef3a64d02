package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A variable of an egg as the application API includes it (the raw columns).
 *
 * @param id the numeric id
 * @param eggId the egg's id
 * @param name the display name
 * @param description what it does
 * @param envVariable the environment variable, such as {@code SERVER_JARFILE}
 * @param defaultValue the default value (may be empty or {@code null})
 * @param userViewable whether server users see it
 * @param userEditable whether server users may change it
 * @param rules the Laravel validation rules
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EggVariable(@JsonProperty("id") int id, @JsonProperty("egg_id") int eggId,
		@JsonProperty("name") String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("env_variable") String envVariable, @JsonProperty("default_value") @Nullable String defaultValue,
		@JsonProperty("user_viewable") boolean userViewable, @JsonProperty("user_editable") boolean userEditable,
		@JsonProperty("rules") String rules) {

}
