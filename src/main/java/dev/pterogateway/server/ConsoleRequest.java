package dev.pterogateway.server;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Which server's console to open. Seed clients send {@code vmid}; both name the server
 * the same way as path ids.
 *
 * @param id the server: identifier or {@code panel:identifier}
 * @param vmid the same, under the seed API's name (used when {@code id} is absent)
 */
record ConsoleRequest(
		@Schema(description = "the server: identifier or panel:identifier",
				example = "oci:1a7ce997") @Nullable String id,
		@Schema(description = "the same, under the seed API's name; used when id is absent") @Nullable String vmid) {

	/**
	 * The server the request names.
	 * @return the reference
	 * @throws InvalidServerIdException if it names none, or not as a server id
	 */
	ServerRef server() {
		return ServerRef.parse((this.id != null) ? this.id : this.vmid);
	}

}
