package dev.pterogateway.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every account flow that handles a secret with DEBUG logging on for Spring MVC,
 * Spring Security and the gateway, and proves that no password, access token, refresh
 * token or API key reaches the log.
 */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretLoggingTests {

	private static final List<String> VERBOSE = List.of("org.springframework.web", "org.springframework.security",
			"dev.pterogateway");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private LoggingSystem logging;

	private ApiClient api;

	private TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void tearDown() {
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void authFlowsWhenLoggedAtDebugNeverLogSecrets(CapturedOutput output) {
		List<String> secrets = new ArrayList<>();
		TestAccounts.TestUser admin = this.accounts.admin();
		String email = TestAccounts.uniqueEmail("secret");
		String password = "a password nobody may log";
		secrets.add(password);
		assertThat(this.api.post("/api/auth/register", null, Map.of("email", email, "password", password)).status())
			.isEqualTo(201);
		this.api.post("/api/auth/login", null, Map.of("email", email, "password", "a wrong password to log"));
		secrets.add("a wrong password to log");

		ApiClient.Reply login = this.api.post("/api/auth/login", null, Map.of("email", email, "password", password));
		String accessToken = login.text("accessToken");
		secrets.add(accessToken);
		secrets.add(login.text("refreshToken"));
		ApiClient.Reply refreshed = this.api.post("/api/auth/refresh", null,
				Map.of("refreshToken", login.text("refreshToken")));
		secrets.add(refreshed.text("accessToken"));
		secrets.add(refreshed.text("refreshToken"));
		this.api.post("/api/auth/refresh", null, Map.of("refreshToken", login.text("refreshToken")));

		ApiClient.Reply key = this.api.post("/api/auth/api-keys", refreshed.text("accessToken"),
				Map.of("name", "logged?"));
		String apiKey = key.text("apiKey");
		secrets.add(apiKey);
		assertThat(this.api.get("/api/auth/me", apiKey).status()).isEqualTo(200);
		this.api.get("/api/auth/me", apiKey.substring(0, apiKey.length() - 1) + "X");
		this.api.get("/api/auth/api-keys", apiKey);
		long userId = this.api.get("/api/auth/me", apiKey).json().path("id").asLong();
		ApiClient.Reply reset = this.api.post("/api/admin/users/" + userId + "/reset-password", admin.accessToken(),
				Map.of());
		secrets.add(reset.text("password"));
		this.api.post("/api/auth/logout", accessToken, Map.of("refreshToken", refreshed.text("refreshToken")));

		assertThat(secrets).allSatisfy((secret) -> assertThat(secret).hasSizeGreaterThanOrEqualTo(16));
		assertThat(output.getAll()).as("the flows did log at DEBUG").contains("DEBUG");
		assertThat(secrets).allSatisfy((secret) -> assertThat(output.getAll()).doesNotContain(secret));
		assertThat(output.getAll()).doesNotContain(apiKey.substring(12));
	}

}
