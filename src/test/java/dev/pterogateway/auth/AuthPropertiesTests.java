package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuthPropertiesTests {

	@Test
	void bindWhenNothingIsSetUsesDocumentedDefaults() {
		AuthProperties properties = bind(Map.of());

		assertThat(properties.auth().registrationEnabled()).isTrue();
		assertThat(properties.auth().accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.auth().refreshTokenLifetime()).isEqualTo(Duration.ofDays(30));
		assertThat(properties.auth().jwtSecretBytes()).isNull();
		assertThat(properties.auth().loginThrottle().accountDelayAfter()).isEqualTo(5);
		assertThat(properties.auth().loginThrottle().maxDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.admin().configured()).isFalse();
		assertThat(properties.demo().active()).isFalse();
	}

	@Test
	void bindWhenGivenEnvironmentVariablesReadsThem() {
		String secret = Base64.getEncoder().encodeToString(new byte[32]);
		AuthProperties properties = bind(Map.of("PTERO_ADMIN_EMAIL", "root@example.com", "PTERO_ADMIN_PASSWORD",
				"a long password", "PTERO_AUTH_JWT_SECRET", secret, "PTERO_AUTH_ACCESS_TOKEN_LIFETIME", "5m",
				"PTERO_AUTH_REGISTRATION_ENABLED", "false"));

		assertThat(properties.admin().email()).isEqualTo("root@example.com");
		assertThat(properties.admin().configured()).isTrue();
		assertThat(properties.auth().jwtSecretBytes()).hasSize(32);
		assertThat(properties.auth().accessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.auth().registrationEnabled()).isFalse();
	}

	@Test
	void toStringWhenSecretsAreSetMasksThem() {
		String secret = Base64.getEncoder().encodeToString(new byte[48]);
		AuthProperties properties = bind(Map.of("PTERO_ADMIN_EMAIL", "root@example.com", "PTERO_ADMIN_PASSWORD",
				"a long password", "PTERO_AUTH_JWT_SECRET", secret));

		assertThat(properties.toString()).contains("root@example.com")
			.doesNotContain(secret)
			.doesNotContain("a long password");
	}

	@Test
	void bindWhenJwtSecretIsTooShortFailsWithoutShowingIt() {
		String secret = Base64.getEncoder().encodeToString("only sixteen byte".getBytes());

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("PTERO_AUTH_JWT_SECRET", secret)))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("at least 32 bytes").doesNotContain(secret));
	}

	@Test
	void bindWhenJwtSecretIsNotBase64Fails() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("PTERO_AUTH_JWT_SECRET", "not base64 at all!")))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("must be base64"));
	}

	@Test
	void bindWhenAdminEmailHasNoPasswordFails() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("PTERO_ADMIN_EMAIL", "root@example.com")))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("must be set together"));
	}

	private static AuthProperties bind(Map<String, Object> environment) {
		MutablePropertySources sources = new MutablePropertySources();
		PropertySource<?> source = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
		sources.addFirst(source);
		Binder binder = new Binder(ConfigurationPropertySources.from(sources));
		return binder.bindOrCreate("ptero", AuthProperties.class);
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
