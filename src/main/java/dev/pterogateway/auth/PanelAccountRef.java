package dev.pterogateway.auth;

/**
 * A panel account linked to a gateway user.
 *
 * @param panel the panel name, such as {@code oci}
 * @param panelUserId the panel's numeric user id (the application API's {@code id})
 */
public record PanelAccountRef(String panel, long panelUserId) {

}
