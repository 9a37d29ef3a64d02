package dev.pterogateway.panel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Every configured panel has a usable name and at least one key; the violation names the
 * panel and the variables to set.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PanelKeysRequiredValidator.class)
@interface PanelKeysRequired {

	String message() default "every panel needs a name and at least one key";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
