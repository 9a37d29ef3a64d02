package dev.pterogateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full gateway on a random port, in demo mode against two in-process simulated panels
 * (fast timings, but backups and restores take a second so that a test can see one in
 * progress), on the test database chosen by {@link TestDatabase}. Every class with
 * exactly this annotation shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ptero.demo.realistic-timings=false", "ptero.demo.servers-per-panel=6",
				"ptero.demo.users-per-panel=3", "ptero.demo.backup-duration=1s",
				// tests seed servers straight into the simulators and look them up at
				// once
				"ptero.directory.miss-refresh-after=0s",
				// the sweep would consume faults that tests inject; monitor tests have
				// their own context
				"ptero.monitor.enabled=false",
				// the whole suite shares this context and its two panels, and calls them
				// far more often per minute than real callers
				"ptero.demo.rate-limit-per-minute=100000",
				// a console upstream closes soon after its last subscriber left, and a
				// token renews on 'token expiring' even when a test makes it live
				// seconds (the fair share of the token throttle is then 3 s, not 12 s)
				"ptero.wings.idle-timeout=2s", "ptero.wings.token-limit=20" })
@ContextConfiguration(initializers = TestDatabase.class)
public @interface GatewayIntegrationTest {

}
