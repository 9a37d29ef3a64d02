package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A server's new details ({@code PATCH /api/application/servers/{id}/details}). This is a
 * full replacement: the panel clears {@code external_id} and {@code description} when
 * they are missing, so all four are always sent (start from {@link #from}).
 *
 * @param name the name
 * @param user the owner's user id
 * @param externalId the external id, or {@code null} to clear it
 * @param description the description, or {@code null} to clear it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerDetailsRequest(@JsonProperty("name") String name, @JsonProperty("user") int user,
		@JsonProperty("external_id") @Nullable String externalId,
		@JsonProperty("description") @Nullable String description) {

	/**
	 * The current details of a server, to change some of them.
	 * @param server the server as the panel shows it
	 * @return a request that changes nothing
	 */
	public static ServerDetailsRequest from(ApplicationServer server) {
		return new ServerDetailsRequest(server.name(), server.user(), server.externalId(), server.description());
	}

	/**
	 * The same details with another name.
	 * @param name the new name
	 * @return a new request
	 */
	public ServerDetailsRequest withName(String name) {
		return new ServerDetailsRequest(name, this.user, this.externalId, this.description);
	}

	/**
	 * The same details with another owner.
	 * @param user the new owner's user id
	 * @return a new request
	 */
	public ServerDetailsRequest withUser(int user) {
		return new ServerDetailsRequest(this.name, user, this.externalId, this.description);
	}

}
