package dev.pterogateway.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

import dev.pterogateway.ManualClock;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account services on their repositories, Flyway and a fresh embedded database, with
 * a hand-moved clock; each service call commits as in production. Classes with exactly
 * this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.pterogateway\\.audit\\..*"))
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ AccountsSlice.Beans.class, UserAccounts.class, RefreshTokens.class, UserAdminService.class, AuthAudit.class })
@interface AccountsSlice {

	/** Where the slice's clock starts. */
	Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class Beans {

		@Bean
		ManualClock clock() {
			return new ManualClock(START);
		}

		@Bean
		PasswordEncoder passwordEncoder() {
			return PasswordHashing.encoder();
		}

		@Bean
		AuthProperties authProperties() {
			return new AuthProperties(
					new AuthProperties.Auth(true, Duration.ofMinutes(15), Duration.ofDays(30), null, "ptero-gateway",
							Duration.ofSeconds(5),
							new AuthProperties.LoginThrottle(5, 10, 20, 40, Duration.ofMinutes(15),
									Duration.ofSeconds(1))),
					new AuthProperties.Admin(null, null), new AuthProperties.Demo(false));
		}

	}

}
