package dev.pterogateway.monitor;

import java.util.List;

/**
 * Published (as a Spring event) when an alert clears.
 *
 * @param alert the alert, with its {@code clearedAt}
 * @param ownerUserIds the gateway users owning the server (none for a panel alert)
 */
public record AlertCleared(Alert alert, List<Long> ownerUserIds) {

}
