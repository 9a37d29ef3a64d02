package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The panel account that owns our client key ({@code GET /api/client/account}).
 *
 * @param id the user's numeric id (the application API's user id)
 * @param admin whether the account is a root admin (needed to reach every server)
 * @param username the user name
 * @param email the e-mail address
 * @param firstName the first name
 * @param lastName the last name
 * @param language the UI language such as {@code en}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientAccount(@JsonProperty("id") int id, @JsonProperty("admin") boolean admin,
		@JsonProperty("username") String username, @JsonProperty("email") String email,
		@JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName,
		@JsonProperty("language") String language) {

}
