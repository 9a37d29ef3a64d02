/**
 * The monitor: a scheduled sweep of every server on every panel within each panel's
 * rate-limit budget, metric samples with retention and downsampling, the alert policy and
 * alert records, and the e-mail outbox. Uses server, panel, auth and audit.
 */
@NullMarked
package dev.pterogateway.monitor;

import org.jspecify.annotations.NullMarked;
