package dev.pterogateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the annotated tests only against a real PostgreSQL (see {@link TestDatabase});
 * otherwise they are skipped and the report says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	/** Skips the test class with a visible reason when PostgreSQL is missing. */
	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Optional<String> reason = TestDatabase.postgresUnavailableReason();
			return reason.map(ConditionEvaluationResult::disabled)
				.orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL is available"));
		}

	}

}
