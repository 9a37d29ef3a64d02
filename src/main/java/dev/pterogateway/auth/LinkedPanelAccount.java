package dev.pterogateway.auth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A panel account linked to a gateway user, as shown to the user and to administrators.
 *
 * @param panel the panel name
 * @param panelUserId the panel's numeric user id
 * @param panelUsername the panel username when it was linked, if known
 * @param panelEmail the panel e-mail when it was linked, if known
 * @param linkedBy whether the link was made by e-mail match or by an administrator
 * @param linkedAt when it was linked
 */
public record LinkedPanelAccount(String panel, long panelUserId, @Nullable String panelUsername,
		@Nullable String panelEmail, PanelAccountLinkType linkedBy, Instant linkedAt) {

}
