package dev.pterogateway.panel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server to create ({@code POST /api/application/servers}). Give every egg variable in
 * {@code environment} (the panel stores omitted ones as empty strings, see
 * {@link PanelEgg#defaultEnvironment()}), and either an {@code allocation} or a
 * {@code deploy}. {@code null} fields are not sent.
 *
 * @param name the name (1–191 characters)
 * @param user the owner's user id
 * @param egg the egg's id
 * @param dockerImage the container image
 * @param startup the startup command with {@code {{VAR}}} placeholders
 * @param environment every egg variable's value
 * @param limits the resource limits (MiB, percent of a core; {@code io} 10–1000); its
 * {@code oom_disabled} is ignored by the panel, use {@code oomDisabled}
 * @param featureLimits databases, allocations and backups
 * @param allocation the allocations to assign, or {@code null} when {@code deploy} is
 * given
 * @param deploy where to place the server automatically, or {@code null}
 * @param description the description, or {@code null}
 * @param externalId an id in an external system (unique), or {@code null}
 * @param oomDisabled whether to disable the OOM killer ({@code null}: the panel's
 * default, true)
 * @param skipScripts whether to skip the egg's install script
 * @param startOnCompletion whether to start the server once installed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateServerRequest(@JsonProperty("name") String name, @JsonProperty("user") int user,
		@JsonProperty("egg") int egg, @JsonProperty("docker_image") String dockerImage,
		@JsonProperty("startup") String startup, @JsonProperty("environment") Map<String, String> environment,
		@JsonProperty("limits") Limits limits, @JsonProperty("feature_limits") FeatureLimits featureLimits,
		@JsonProperty("allocation") @Nullable Allocation allocation, @JsonProperty("deploy") @Nullable Deploy deploy,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("external_id") @Nullable String externalId,
		@JsonProperty("oom_disabled") @Nullable Boolean oomDisabled, @JsonProperty("skip_scripts") boolean skipScripts,
		@JsonProperty("start_on_completion") boolean startOnCompletion) {

	public CreateServerRequest {
		environment = Map.copyOf(environment);
	}

	/**
	 * The allocations of a new server.
	 *
	 * @param primary an unassigned allocation's id, which becomes the primary one
	 * @param additional more unassigned allocation ids
	 */
	public record Allocation(@JsonProperty("default") int primary,
			@JsonProperty("additional") List<Integer> additional) {

		public Allocation {
			additional = List.copyOf(additional);
		}

	}

	/**
	 * Automatic placement of a new server.
	 *
	 * @param locations location ids to choose a node from (may be empty)
	 * @param dedicatedIp whether the server needs an IP of its own
	 * @param portRange ports or ranges such as {@code "25565"} or {@code "25600-25700"}
	 * (may be empty)
	 */
	public record Deploy(@JsonProperty("locations") List<Integer> locations,
			@JsonProperty("dedicated_ip") boolean dedicatedIp, @JsonProperty("port_range") List<String> portRange) {

		public Deploy {
			locations = List.copyOf(locations);
			portRange = List.copyOf(portRange);
		}

	}

}
