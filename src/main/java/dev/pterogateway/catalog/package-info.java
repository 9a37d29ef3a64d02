/**
 * The catalog server creation offers: tariffs (cores, memory, disk, feature limits,
 * price) and OS templates (panel, nest, egg, image, startup, environment), read by
 * everyone and changed by administrators. Uses panel (to check eggs), auth (the caller)
 * and audit.
 */
@NullMarked
package dev.pterogateway.catalog;

import org.jspecify.annotations.NullMarked;
