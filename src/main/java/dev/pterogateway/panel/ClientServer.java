package dev.pterogateway.panel;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server as the client API shows it ({@code GET /api/client} and {@code GET
 * /api/client/servers/{server}}).
 *
 * @param serverOwner whether our key's account owns it ({@code false} for an admin
 * viewing another user's server)
 * @param identifier the 8-character id used in the gateway's ids
 * @param internalId the numeric id used by the application API
 * @param uuid the full uuid
 * @param name the name
 * @param node the node's name (not its id)
 * @param nodeUnderMaintenance whether its node is in maintenance
 * @param sftpDetails the SFTP endpoint
 * @param description the description, possibly empty
 * @param limits the resource limits (MiB, percent of a core)
 * @param invocation the startup command with variables filled in
 * @param dockerImage the container image
 * @param featureLimits how many databases, allocations and backups it may have
 * @param status {@code null} (installed and normal), {@code installing},
 * {@code install_failed}, {@code reinstall_failed}, {@code suspended} or
 * {@code restoring_backup}
 * @param suspended whether it is suspended
 * @param installing whether it is installing (or the install failed)
 * @param transferring whether it is being moved to another node
 * @param relationships its allocations, variables and, when included, egg
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientServer(@JsonProperty("server_owner") boolean serverOwner,
		@JsonProperty("identifier") String identifier, @JsonProperty("internal_id") int internalId,
		@JsonProperty("uuid") String uuid, @JsonProperty("name") String name, @JsonProperty("node") String node,
		@JsonProperty("is_node_under_maintenance") boolean nodeUnderMaintenance,
		@JsonProperty("sftp_details") SftpDetails sftpDetails,
		@JsonProperty("description") @Nullable String description, @JsonProperty("limits") Limits limits,
		@JsonProperty("invocation") String invocation, @JsonProperty("docker_image") String dockerImage,
		@JsonProperty("feature_limits") FeatureLimits featureLimits, @JsonProperty("status") @Nullable String status,
		@JsonProperty("is_suspended") boolean suspended, @JsonProperty("is_installing") boolean installing,
		@JsonProperty("is_transferring") boolean transferring,
		@JsonProperty("relationships") @Nullable Relationships relationships) {

	/**
	 * All its allocations (only the primary one if our key may not read allocations).
	 * @return the allocations
	 */
	public List<ClientAllocation> allocations() {
		return (this.relationships != null && this.relationships.allocations() != null)
				? this.relationships.allocations().items() : List.of();
	}

	/**
	 * Its primary allocation.
	 * @return the allocation, empty if the panel sent none
	 */
	public Optional<ClientAllocation> primaryAllocation() {
		return allocations().stream().filter(ClientAllocation::primary).findFirst();
	}

	/**
	 * Its user-viewable startup variables.
	 * @return the variables
	 */
	public List<StartupVariable> variables() {
		return (this.relationships != null && this.relationships.variables() != null)
				? this.relationships.variables().items() : List.of();
	}

	/**
	 * Its egg, when the listing asked for {@code include=egg}.
	 * @return the egg
	 */
	public Optional<EggSummary> egg() {
		return Optional.ofNullable(this.relationships).map(Relationships::egg).map(Item::attributes);
	}

	/**
	 * The SFTP endpoint of a server.
	 *
	 * @param ip the node's host name (FQDN)
	 * @param port the SFTP port
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SftpDetails(@JsonProperty("ip") String ip, @JsonProperty("port") int port) {

	}

	/**
	 * The relations the client API puts inside a server's attributes.
	 *
	 * @param allocations always present
	 * @param variables present, or a {@code null_resource} (read as empty)
	 * @param egg present only with {@code include=egg}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Relationships(@JsonProperty("allocations") @Nullable ListPage<ClientAllocation> allocations,
			@JsonProperty("variables") @Nullable ListPage<StartupVariable> variables,
			@JsonProperty("egg") @Nullable Item<EggSummary> egg) {

	}

	/**
	 * The egg of a server as the client API includes it.
	 *
	 * @param uuid the egg's uuid
	 * @param name the egg's name, such as {@code Paper}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record EggSummary(@JsonProperty("uuid") String uuid, @JsonProperty("name") String name) {

	}

}
