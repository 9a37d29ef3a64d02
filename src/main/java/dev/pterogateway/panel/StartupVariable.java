package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A user-viewable startup variable of a server ({@code egg_variable} on the client API).
 *
 * @param name the display name
 * @param description what it does
 * @param envVariable the environment variable, such as {@code SERVER_JARFILE}
 * @param defaultValue the egg's default
 * @param serverValue the server's value; {@code null} when none is stored
 * @param editable whether the user may change it
 * @param rules the Laravel validation rules, such as {@code required|string|max:20}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartupVariable(@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("env_variable") String envVariable, @JsonProperty("default_value") String defaultValue,
		@JsonProperty("server_value") @Nullable String serverValue, @JsonProperty("is_editable") boolean editable,
		@JsonProperty("rules") String rules) {

}
