package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server's resource limits, as both panel APIs show them.
 *
 * @param memory memory limit in MiB (0 = unlimited)
 * @param swap swap in MiB (0 = none, -1 = unlimited)
 * @param disk disk limit in MiB (0 = unlimited)
 * @param io block IO weight, 10 to 1000
 * @param cpu CPU limit in percent of one core (100 = one core, 0 = unlimited)
 * @param threads CPU pinning such as {@code "0-1,3"}, or {@code null}
 * @param oomDisabled whether the OOM killer is disabled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Limits(@JsonProperty("memory") long memory, @JsonProperty("swap") long swap,
		@JsonProperty("disk") long disk, @JsonProperty("io") int io, @JsonProperty("cpu") int cpu,
		@JsonProperty("threads") @Nullable String threads, @JsonProperty("oom_disabled") boolean oomDisabled) {

}
