/**
 * HTTP-wide concerns only: the one exception handler (problem+json), the problems the
 * security filter chain answers with, and the OpenAPI configuration. Uses panel.
 */
@NullMarked
package dev.pterogateway.web;

import org.jspecify.annotations.NullMarked;
