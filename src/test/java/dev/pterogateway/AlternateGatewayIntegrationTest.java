package dev.pterogateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link GatewayIntegrationTest}, with the settings the default context must not
 * have: a panel call times out after two seconds (so that a test sees a 504 without
 * waiting the default ten), owners may delete their own servers and resize those without
 * a tariff. Tests here may stop a panel or make it hang. Its simulated panels hand out
 * the same ids as the default context's, so it has a database schema of its own
 * ({@link SeparateTestDatabase}). Every class with exactly this annotation shares one
 * cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@GatewayIntegrationTest
@TestPropertySource(properties = { "ptero.demo.panel-timeout=2s", "ptero.servers.owner-can-delete=true",
		"ptero.servers.owner-can-resize-without-tariff=true" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
public @interface AlternateGatewayIntegrationTest {

}
