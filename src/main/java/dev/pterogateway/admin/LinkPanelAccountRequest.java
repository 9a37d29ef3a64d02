package dev.pterogateway.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A panel account to link to a gateway user.
 *
 * @param panel the panel name, such as {@code oci}
 * @param panelUserId the panel's numeric user id (application API)
 */
record LinkPanelAccountRequest(@NotBlank String panel, @Positive long panelUserId) {

}
