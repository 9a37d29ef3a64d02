package dev.pterogateway.monitor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.pterogateway.SeparateTestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@code @GatewayIntegrationTest}, but with the monitor sweeping every second, a
 * real SMTP server ({@link TestSmtp}, GreenMail) and a fast mail outbox, so that the
 * default test context stays at the default 30 s interval. Every class with exactly this
 * annotation shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ptero.demo.realistic-timings=false", "ptero.demo.servers-per-panel=2",
				"ptero.demo.users-per-panel=2", "ptero.directory.miss-refresh-after=0s", "ptero.monitor.interval=1s",
				"ptero.monitor.cooldown=1h", "ptero.mail.send-interval=200ms", "ptero.mail.initial-backoff=300ms",
				"ptero.mail.max-backoff=1s", "ptero.public-url=https://gateway.example.test",
				"logging.level.dev.pterogateway.monitor=DEBUG" })
@ContextConfiguration(initializers = { SeparateTestDatabase.class, TestSmtp.class })
@interface MonitorIntegrationTest {

}
