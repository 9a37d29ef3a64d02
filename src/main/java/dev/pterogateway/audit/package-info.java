/**
 * Append-only audit events for every mutating call. Uses nothing of ours.
 */
@NullMarked
package dev.pterogateway.audit;

import org.jspecify.annotations.NullMarked;
