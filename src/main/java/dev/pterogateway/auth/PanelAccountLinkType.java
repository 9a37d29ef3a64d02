package dev.pterogateway.auth;

/**
 * How a panel account came to be linked to a gateway user.
 */
public enum PanelAccountLinkType {

	/** Matched by e-mail through the panel's application API at registration or login. */
	AUTO,

	/** Linked by an administrator. */
	ADMIN

}
