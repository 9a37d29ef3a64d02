package dev.pterogateway.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An egg (how to install and run one kind of server) as the application API shows it.
 *
 * @param id the numeric id
 * @param uuid the uuid
 * @param name the name, such as {@code Paper}
 * @param nest the nest's id
 * @param author the author's e-mail address
 * @param description the description, or {@code null}
 * @param dockerImage the first image (deprecated by the panel)
 * @param dockerImages the images, label to image
 * @param startup the startup command with {@code {{VAR}}} placeholders
 * @param relationships its variables, when included
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelEgg(@JsonProperty("id") int id, @JsonProperty("uuid") String uuid, @JsonProperty("name") String name,
		@JsonProperty("nest") int nest, @JsonProperty("author") String author,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("docker_image") @Nullable String dockerImage,
		@JsonProperty("docker_images") @Nullable Map<String, String> dockerImages,
		@JsonProperty("startup") String startup, @JsonProperty("relationships") @Nullable Relationships relationships) {

	/**
	 * Its variables; empty unless requested with {@code include=variables}.
	 * @return the variables
	 */
	public List<EggVariable> variables() {
		return (this.relationships != null && this.relationships.variables() != null)
				? this.relationships.variables().items() : List.of();
	}

	/**
	 * The environment a new server gets when no value is chosen: each variable's default.
	 * The panel stores omitted variables as empty strings, so send all of them.
	 * @return variable name to default value
	 */
	public Map<String, String> defaultEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		variables().forEach((variable) -> environment.put(variable.envVariable(),
				Objects.requireNonNullElse(variable.defaultValue(), "")));
		return environment;
	}

	/**
	 * The relations of an egg.
	 *
	 * @param variables present with {@code include=variables}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Relationships(@JsonProperty("variables") @Nullable ListPage<EggVariable> variables) {

	}

}
