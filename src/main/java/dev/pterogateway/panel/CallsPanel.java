package dev.pterogateway.panel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST operation, or every operation of a controller, that calls a panel and lets
 * its failures through, so that the API documentation lists them for it: 502 (the panel
 * is unreachable or failing), 503 (its rate limit is exhausted) and 504 (it did not
 * answer in time).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CallsPanel {

}
