package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A node (a machine running Wings) as the application API shows it. Sizes in MiB.
 *
 * @param id the numeric id
 * @param uuid the uuid
 * @param name the name
 * @param description the description, or {@code null}
 * @param locationId the location's id
 * @param fqdn the host name Wings is reached at
 * @param scheme {@code https} or {@code http}
 * @param publicNode whether automatic deployment may use it
 * @param maintenanceMode whether it is under maintenance
 * @param memory its memory in MiB
 * @param memoryOverallocate percent of memory that may be over-allocated (-1 = no check)
 * @param disk its disk in MiB
 * @param diskOverallocate percent of disk that may be over-allocated (-1 = no check)
 * @param allocatedResources memory and disk given to its servers, in MiB
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelNode(@JsonProperty("id") int id, @JsonProperty("uuid") String uuid,
		@JsonProperty("name") String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("location_id") int locationId, @JsonProperty("fqdn") String fqdn,
		@JsonProperty("scheme") String scheme, @JsonProperty("public") boolean publicNode,
		@JsonProperty("maintenance_mode") boolean maintenanceMode, @JsonProperty("memory") long memory,
		@JsonProperty("memory_overallocate") int memoryOverallocate, @JsonProperty("disk") long disk,
		@JsonProperty("disk_overallocate") int diskOverallocate,
		@JsonProperty("allocated_resources") @Nullable AllocatedResources allocatedResources) {

	/**
	 * What a node's servers are given.
	 *
	 * @param memory memory in MiB
	 * @param disk disk in MiB
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record AllocatedResources(@JsonProperty("memory") long memory, @JsonProperty("disk") long disk) {

	}

}
