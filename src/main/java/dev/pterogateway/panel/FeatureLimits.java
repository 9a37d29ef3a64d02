package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How many databases, allocations and backups a server may have. In requests the panel
 * requires the {@code databases} and {@code backups} keys to be present (null is sent as
 * {@code null}).
 *
 * @param databases most databases, or {@code null} (read: unlimited; stored as 0 on
 * create)
 * @param allocations most allocations, or {@code null}
 * @param backups most backups (0 = backups disabled)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureLimits(@JsonProperty("databases") @Nullable Integer databases,
		@JsonProperty("allocations") @Nullable Integer allocations, @JsonProperty("backups") int backups) {

}
