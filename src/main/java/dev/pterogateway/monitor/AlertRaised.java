package dev.pterogateway.monitor;

import java.util.List;

/**
 * Published (as a Spring event) when an alert fires.
 *
 * @param alert the alert
 * @param ownerUserIds the gateway users owning the server (none for a panel alert)
 */
public record AlertRaised(Alert alert, List<Long> ownerUserIds) {

}
