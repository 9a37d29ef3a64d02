package dev.pterogateway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of a test context besides the default one (such as the monitor's): the one
 * {@link TestDatabase} chooses, but on PostgreSQL in a schema of its own. Its simulated
 * panels hand out the same panel user ids and server identifiers as those of the default
 * test context, so sharing tables with it would mix up panel account links, server
 * origins, alerts and samples of the two.
 */
public class SeparateTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		new TestDatabase().initialize(context);
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			return;
		}
		String user = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		String schema = "test_run_" + ProcessHandle.current().pid() + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a schema for a separate test context", ex);
		}
		String base = url.replaceAll("[?&]currentSchema=[^&]*", "");
		String withSchema = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		environment.getPropertySources()
			.addFirst(new MapPropertySource("separateTestDatabase", Map.of("spring.datasource.url", withSchema)));
	}

}
