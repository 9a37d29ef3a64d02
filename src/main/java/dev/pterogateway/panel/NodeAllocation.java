package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An allocation (IP and port) of a node as the application API shows it. Note the names
 * differ from the client API's ({@code alias}, {@code assigned}).
 *
 * @param id the allocation's numeric id
 * @param ip the IP address
 * @param alias the alias shown instead of the IP, or {@code null}
 * @param port the port
 * @param notes free text, or {@code null}
 * @param assigned whether a server uses it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NodeAllocation(@JsonProperty("id") int id, @JsonProperty("ip") String ip,
		@JsonProperty("alias") @Nullable String alias, @JsonProperty("port") int port,
		@JsonProperty("notes") @Nullable String notes, @JsonProperty("assigned") boolean assigned) {

}
