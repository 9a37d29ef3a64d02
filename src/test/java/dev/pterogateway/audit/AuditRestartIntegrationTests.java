package dev.pterogateway.audit;

import java.nio.file.Path;
import java.time.Instant;

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
			await().until(() -> events.count() == 1);
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(AuditEventRepository.class).findAll()).singleElement()
				.satisfies((event) -> assertThat(event.toRecord()).isEqualTo(record));
		}
	}

	private ConfigurableApplicationContext start() {
		String url = "jdbc:h2:file:" + this.data.resolve("gateway").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return new SpringApplicationBuilder(GatewayApplication.class)
			.properties("spring.datasource.url=" + url, "server.port=0", "ptero.demo.enabled=false",
					"spring.main.banner-mode=off")
			.run();
	}

}
