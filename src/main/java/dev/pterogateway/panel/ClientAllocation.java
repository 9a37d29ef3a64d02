package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A network allocation (IP and port) of a server, as the client API shows it.
 *
 * @param id the allocation's numeric id
 * @param ip the IP address
 * @param ipAlias the alias shown instead of the IP, or {@code null}
 * @param port the port
 * @param notes free text, or {@code null}
 * @param primary whether this is the server's primary (default) allocation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientAllocation(@JsonProperty("id") int id, @JsonProperty("ip") String ip,
		@JsonProperty("ip_alias") @Nullable String ipAlias, @JsonProperty("port") int port,
		@JsonProperty("notes") @Nullable String notes, @JsonProperty("is_default") boolean primary) {

	/**
	 * The address players connect to: the alias if set, else the IP, with the port.
	 * @return for example {@code 203.0.113.10:25565}
	 */
	public String address() {
		return ((this.ipAlias != null) ? this.ipAlias : this.ip) + ":" + this.port;
	}

}
