package dev.pterogateway.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import dev.pterogateway.RequiresPostgres;
import dev.pterogateway.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway migrations and the audit repository on a real PostgreSQL.
 */
@RequiresPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class AuditEventRepositoryPostgresTests {

	@Autowired
	private AuditEventRepository events;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrateWhenFreshPostgresAppliesEveryMigrationSuccessfully() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		List<String> versions = this.jdbc.queryForList(
				"SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success ORDER BY installed_rank",
				String.class);
		assertThat(versions).startsWith("1");
	}

	@Test
	void saveWhenRecordHasEveryFieldReadsItBackUnchanged() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditRecord record = new AuditRecord(now, "alice@example.com", "jwt", "server.power.start", "oci", "1a7ce997",
				null, AuditOutcome.SUCCESS, "Sent start.", "203.0.113.9");

		this.events.saveAndFlush(new AuditEvent(record));

		List<AuditEvent> found = this.events.findByOccurredAtGreaterThanEqualOrderByOccurredAtDesc(now,
				PageRequest.of(0, 10));
		assertThat(found).extracting(AuditEvent::toRecord).contains(record);
	}

	@Test
	void saveWhenDetailIsTooLongTruncatesInsteadOfFailing() {
		AuditRecord record = new AuditRecord(Instant.now(), "bob@example.com", null, "auth.login", null, null, null,
				AuditOutcome.FAILURE, "x".repeat(5000), null);

		AuditEvent saved = this.events.saveAndFlush(new AuditEvent(record));

		assertThat(saved.toRecord().detail()).hasSize(1000);
	}

}
