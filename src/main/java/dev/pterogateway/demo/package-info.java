/**
 * Demo mode: when no real panel is configured, starts a simulated {@code main} and
 * {@code oci} panel in-process and points the gateway at them. Uses simulator (over HTTP
 * only, through configuration).
 */
@NullMarked
package dev.pterogateway.demo;

import org.jspecify.annotations.NullMarked;
