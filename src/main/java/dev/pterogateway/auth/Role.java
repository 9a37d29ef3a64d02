package dev.pterogateway.auth;

/**
 * What a gateway user may do.
 */
public enum Role {

	/** Every server on every panel, the admin endpoints and the audit log. */
	ADMIN,

	/** Only the servers of the panel accounts linked to the user. */
	USER;

	String authority() {
		return "ROLE_" + name();
	}

}
