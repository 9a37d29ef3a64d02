package dev.pterogateway.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.pterogateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps its data in an H2 file: what the gateway wrote before a
 * restart is still there after it.
 */
class AuditRestartIntegrationTests {

	@TempDir
	private Path data;

	@Test
	void restartWhenEmbeddedFileDatabaseKeepsAuditEvents() {
		AuditRecord record = new AuditRecord(Instant.parse("2026-11-23T10:00:00Z"), "ops@example.com", "jwt",
				"server.power.start", "oci", "1a7ce997", null, AuditOutcome.SUCCESS, "Sent start.", "203.0.113.9");
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(AuditTrail.class).record(record);
			AuditEventRepository events = first.getBean(AuditEventRepository.class);
			await().until(() -> records(events).contains(record));
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(records(second.getBean(AuditEventRepository.class))).containsOnlyOnce(record);
		}
	}

	private static List<AuditRecord> records(AuditEventRepository events) {
		return events.findAll().stream().map(AuditEvent::toRecord).toList();
	}

	private ConfigurableApplicationContext start() {
		String url = "jdbc:h2:file:" + this.data.resolve("gateway").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		// Command-line arguments, as properties() only sets defaults that
		// application.properties overrides.
		return new SpringApplicationBuilder(GatewayApplication.class).run("--spring.datasource.url=" + url,
				"--server.port=0", "--ptero.demo.enabled=false", "--spring.main.banner-mode=off");
	}

}
