package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A user to create ({@code POST /api/application/users}) or the full new state of one
 * ({@code PATCH /api/application/users/{id}}: the panel requires email, username, first
 * and last name again on update). {@code null} fields are not sent.
 *
 * @param email the e-mail address (unique)
 * @param username the user name (unique, 3+ characters, letters, digits, {@code _-.})
 * @param firstName the first name
 * @param lastName the last name
 * @param password the new password, or {@code null} (create: the panel sends a reset
 * e-mail; update: unchanged)
 * @param language the UI language, or {@code null} for the panel's default
 * @param rootAdmin whether the user is a root admin, or {@code null} for no change
 * @param externalId the id in an external system, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PanelUserRequest(@JsonProperty("email") String email, @JsonProperty("username") String username,
		@JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName,
		@JsonProperty("password") @Nullable String password, @JsonProperty("language") @Nullable String language,
		@JsonProperty("root_admin") @Nullable Boolean rootAdmin,
		@JsonProperty("external_id") @Nullable String externalId) {

	/**
	 * A request with only the required fields.
	 * @param email the e-mail address
	 * @param username the user name
	 * @param firstName the first name
	 * @param lastName the last name
	 * @return the request
	 */
	public static PanelUserRequest of(String email, String username, String firstName, String lastName) {
		return new PanelUserRequest(email, username, firstName, lastName, null, null, null, null);
	}

	/**
	 * The same request with a password.
	 * @param password the password
	 * @return a new request
	 */
	public PanelUserRequest withPassword(String password) {
		return new PanelUserRequest(this.email, this.username, this.firstName, this.lastName, password, this.language,
				this.rootAdmin, this.externalId);
	}

	/**
	 * The same request with an external id.
	 * @param externalId the external id
	 * @return a new request
	 */
	public PanelUserRequest withExternalId(String externalId) {
		return new PanelUserRequest(this.email, this.username, this.firstName, this.lastName, this.password,
				this.language, this.rootAdmin, externalId);
	}

	/**
	 * The current state of a user, to change some fields of it.
	 * @param user the user as the panel shows it
	 * @return a request that changes nothing
	 */
	public static PanelUserRequest from(PanelUser user) {
		return new PanelUserRequest(user.email(), user.username(), user.firstName(), user.lastName(), null,
				user.language(), user.rootAdmin(), user.externalId());
	}

	@Override
	public String toString() {
		return "PanelUserRequest[email=" + this.email + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "(set)" : "(none)") + ", externalId=" + this.externalId + "]";
	}

}
