package dev.pterogateway.panel;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A panel user as the application API shows it ({@code /api/application/users}).
 *
 * @param id the numeric id (owner id of servers)
 * @param externalId the id in an external system, or {@code null}
 * @param uuid the uuid
 * @param username the user name (lower case)
 * @param email the e-mail address
 * @param firstName the first name
 * @param lastName the last name
 * @param language the UI language such as {@code en}
 * @param rootAdmin whether the user is a root admin
 * @param twoFactor whether two-factor authentication is enabled
 * @param createdAt when the user was created
 * @param updatedAt when the user was last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelUser(@JsonProperty("id") int id, @JsonProperty("external_id") @Nullable String externalId,
		@JsonProperty("uuid") String uuid, @JsonProperty("username") String username,
		@JsonProperty("email") String email, @JsonProperty("first_name") String firstName,
		@JsonProperty("last_name") String lastName, @JsonProperty("language") String language,
		@JsonProperty("root_admin") boolean rootAdmin, @JsonProperty("2fa") boolean twoFactor,
		@JsonProperty("created_at") @Nullable Instant createdAt,
		@JsonProperty("updated_at") @Nullable Instant updatedAt) {

}
