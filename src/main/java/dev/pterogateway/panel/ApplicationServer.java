package dev.pterogateway.panel;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server as the application API shows it ({@code /api/application/servers}). Unlike the
 * client API's view it names the owner, node and egg by numeric id.
 *
 * @param id the numeric id (the client API's {@code internal_id})
 * @param externalId the id in an external system, or {@code null}
 * @param uuid the full uuid
 * @param identifier the 8-character id
 * @param name the name
 * @param description the description, possibly empty
 * @param status {@code null}, {@code installing}, {@code install_failed},
 * {@code reinstall_failed}, {@code suspended} or {@code restoring_backup}
 * @param suspended whether it is suspended
 * @param limits the resource limits (MiB, percent of a core)
 * @param featureLimits how many databases, allocations and backups it may have
 * @param user the owner's user id
 * @param node the node's id
 * @param allocation the primary allocation's id
 * @param nest the nest's id
 * @param egg the egg's id
 * @param container the startup command, image and environment
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationServer(@JsonProperty("id") int id, @JsonProperty("external_id") @Nullable String externalId,
		@JsonProperty("uuid") String uuid, @JsonProperty("identifier") String identifier,
		@JsonProperty("name") String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("status") @Nullable String status, @JsonProperty("suspended") boolean suspended,
		@JsonProperty("limits") Limits limits, @JsonProperty("feature_limits") FeatureLimits featureLimits,
		@JsonProperty("user") int user, @JsonProperty("node") int node, @JsonProperty("allocation") int allocation,
		@JsonProperty("nest") int nest, @JsonProperty("egg") int egg, @JsonProperty("container") Container container,
		@JsonProperty("created_at") @Nullable Instant createdAt,
		@JsonProperty("updated_at") @Nullable Instant updatedAt) {

	/**
	 * How the server's container is started.
	 *
	 * @param startupCommand the startup command with {@code {{VAR}}} placeholders
	 * @param image the container image
	 * @param installed 1 when installed, else 0 (deprecated by the panel in favour of
	 * {@code status})
	 * @param environment the variables, including the panel's own {@code P_SERVER_*} and
	 * {@code STARTUP}; numbers are read as text
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Container(@JsonProperty("startup_command") String startupCommand, @JsonProperty("image") String image,
			@JsonProperty("installed") int installed,
			@JsonProperty("environment") Map<String, @Nullable String> environment) {

	}

}
