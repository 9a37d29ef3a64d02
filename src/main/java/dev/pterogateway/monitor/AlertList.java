package dev.pterogateway.monitor;

import java.util.List;

/**
 * The answer of {@code GET /api/alerts}.
 *
 * @param items the alerts, newest first
 */
record AlertList(List<Alert> items) {

}
