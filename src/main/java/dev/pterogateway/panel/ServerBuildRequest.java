package dev.pterogateway.panel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server's new build ({@code PATCH /api/application/servers/{id}/build}): limits,
 * feature limits and allocations. A full replacement: the primary allocation, the five
 * limits and both required feature limits are always sent (start from {@link #from}).
 *
 * @param allocation the primary allocation's id (assigned to the server or in
 * {@code addAllocations})
 * @param memory memory in MiB (0 = unlimited)
 * @param swap swap in MiB (0 = none, -1 = unlimited)
 * @param disk disk in MiB (0 = unlimited)
 * @param io block IO weight, 10 to 1000
 * @param cpu CPU in percent of one core (0 = unlimited)
 * @param threads CPU pinning, or {@code null}
 * @param oomDisabled whether the OOM killer is disabled
 * @param featureLimits databases, allocations and backups
 * @param addAllocations allocation ids to assign
 * @param removeAllocations allocation ids to release
 */
public record ServerBuildRequest(@JsonProperty("allocation") int allocation, @JsonProperty("memory") long memory,
		@JsonProperty("swap") long swap, @JsonProperty("disk") long disk, @JsonProperty("io") int io,
		@JsonProperty("cpu") int cpu, @JsonProperty("threads") @Nullable String threads,
		@JsonProperty("oom_disabled") boolean oomDisabled, @JsonProperty("feature_limits") FeatureLimits featureLimits,
		@JsonProperty("add_allocations") List<Integer> addAllocations,
		@JsonProperty("remove_allocations") List<Integer> removeAllocations) {

	public ServerBuildRequest {
		addAllocations = List.copyOf(addAllocations);
		removeAllocations = List.copyOf(removeAllocations);
	}

	/**
	 * The current build of a server, to change part of it.
	 * @param server the server as the panel shows it
	 * @return a request that changes nothing
	 */
	public static ServerBuildRequest from(ApplicationServer server) {
		return of(server.allocation(), server.limits(), server.featureLimits());
	}

	/**
	 * A build from limits.
	 * @param allocation the primary allocation's id
	 * @param limits the limits
	 * @param featureLimits the feature limits
	 * @return the request
	 */
	public static ServerBuildRequest of(int allocation, Limits limits, FeatureLimits featureLimits) {
		return new ServerBuildRequest(allocation, limits.memory(), limits.swap(), limits.disk(), limits.io(),
				limits.cpu(), limits.threads(), limits.oomDisabled(), featureLimits, List.of(), List.of());
	}

	/**
	 * The same build with other limits.
	 * @param limits the new limits
	 * @return a new request
	 */
	public ServerBuildRequest withLimits(Limits limits) {
		return new ServerBuildRequest(this.allocation, limits.memory(), limits.swap(), limits.disk(), limits.io(),
				limits.cpu(), limits.threads(), limits.oomDisabled(), this.featureLimits, this.addAllocations,
				this.removeAllocations);
	}

	/**
	 * The same build with other feature limits.
	 * @param featureLimits the new feature limits
	 * @return a new request
	 */
	public ServerBuildRequest withFeatureLimits(FeatureLimits featureLimits) {
		return new ServerBuildRequest(this.allocation, this.memory, this.swap, this.disk, this.io, this.cpu,
				this.threads, this.oomDisabled, featureLimits, this.addAllocations, this.removeAllocations);
	}

}
