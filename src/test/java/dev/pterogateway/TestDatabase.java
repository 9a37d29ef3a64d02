package dev.pterogateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database for tests that start a context: the local PostgreSQL server when
 * it answers (CI starts it), else a Testcontainers PostgreSQL where Docker runs, else an
 * in-memory H2 in PostgreSQL mode. On the local server every test JVM gets a schema of
 * its own, so every run migrates from V1 like a fresh install.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final String LOCAL_URL = env("PTERO_TEST_DATABASE_URL",
			"jdbc:postgresql://127.0.0.1:5432/ptero_gateway_test");

	private static final String LOCAL_USER = env("PTERO_TEST_DATABASE_USER", "ptero_test");

	private static final String LOCAL_PASSWORD = env("PTERO_TEST_DATABASE_PASSWORD", "ptero_test");

	private static Optional<Map<String, Object>> postgres;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = postgres().orElseGet(TestDatabase::h2);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/**
	 * Tells why tests cannot use a real PostgreSQL.
	 * @return empty when PostgreSQL is there, else the reason it is not
	 */
	public static Optional<String> postgresUnavailableReason() {
		return postgres().isPresent() ? Optional.empty() : Optional
			.of("No PostgreSQL: nothing answers at " + LOCAL_URL + " and there is no Docker engine for Testcontainers");
	}

	private static synchronized Optional<Map<String, Object>> postgres() {
		if (postgres == null) {
			postgres = localPostgres().or(TestDatabase::containerPostgres);
		}
		return postgres;
	}

	/**
	 * Each test JVM migrates its own schema from V1, so that several builds (CI,
	 * developers, parallel worktrees) can share one PostgreSQL without dropping each
	 * other's tables. Schemas of test JVMs that no longer run are dropped when the next
	 * one starts, not at exit: the cached contexts close in their own shutdown hooks, and
	 * a schema dropped under them makes their last scheduled jobs log SQL errors.
	 */
	private static Optional<Map<String, Object>> localPostgres() {
		DriverManager.setLoginTimeout(2);
		String schema = "test_run_" + ProcessHandle.current().pid() + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = DriverManager.getConnection(LOCAL_URL, LOCAL_USER, LOCAL_PASSWORD);
				Statement statement = connection.createStatement()) {
			dropSchemasOfFinishedRuns(statement);
			statement.execute("CREATE SCHEMA " + schema);
			logger.info("Tests use the local PostgreSQL at {} in the fresh schema {}", LOCAL_URL, schema);
			String url = LOCAL_URL + (LOCAL_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
			return Optional.of(datasource(url, LOCAL_USER, LOCAL_PASSWORD));
		}
		catch (SQLException ex) {
			logger.info("No local PostgreSQL at {} ({})", LOCAL_URL, ex.getMessage());
			return Optional.empty();
		}
	}

	private static void dropSchemasOfFinishedRuns(Statement statement) throws SQLException {
		List<String> finished = new ArrayList<>();
		try (ResultSet schemas = statement
			.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test\\_run\\_%'")) {
			while (schemas.next()) {
				String name = schemas.getString(1);
				long pid = Long.parseLong(name.split("_")[2]);
				if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					continue;
				}
				finished.add(name);
			}
		}
		for (String name : finished) {
			statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
		}
	}

	private static Optional<Map<String, Object>> containerPostgres() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			logger.warn("Neither a local PostgreSQL nor Docker: tests use in-memory H2; PostgreSQL tests are skipped");
			return Optional.empty();
		}
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
		container.start();
		logger.info("Tests use a Testcontainers PostgreSQL");
		return Optional.of(datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword()));
	}

	private static Map<String, Object> datasource(String url, String user, String password) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
				password);
	}

	private static Map<String, Object> h2() {
		return datasource(
				"jdbc:h2:mem:" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
