package dev.pterogateway.panel;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class PanelPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void bindWhenEnvironmentVariablesNamePanelsBindsBothPanels() {
		Map<String, Object> environment = new LinkedHashMap<>();
		environment.put("PTERO_PANELS_MAIN_URL", "https://panel.example.com");
		environment.put("PTERO_PANELS_MAIN_CLIENT_KEY", "ptlc_mainclientkey0123456789");
		environment.put("PTERO_PANELS_MAIN_APPLICATION_KEY", "ptla_mainapplicationkey0123");
		environment.put("PTERO_PANELS_OCI_URL", "https://oci.example.com");
		environment.put("PTERO_PANELS_OCI_CLIENT_KEY", "ptlc_ociclientkey0123456789");
		environment.put("PTERO_PANELS_OCI_TIMEOUT", "4s");
		environment.put("PTERO_PANELS_OCI_CONNECT_TIMEOUT", "500ms");
		environment.put("PTERO_PANELS_OCI_MAX_CONCURRENCY", "3");
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
			.run((context) -> {
				PanelProperties properties = context.getBean(PanelProperties.class);
				assertThat(properties.panels()).containsOnlyKeys("main", "oci");
				assertThat(properties.panels().get("main")).isEqualTo(new PanelProperties.Panel(
						URI.create("https://panel.example.com"), "ptlc_mainclientkey0123456789",
						"ptla_mainapplicationkey0123", Duration.ofSeconds(10), Duration.ofSeconds(3), 8));
				assertThat(properties.panels().get("oci"))
					.isEqualTo(new PanelProperties.Panel(URI.create("https://oci.example.com"),
							"ptlc_ociclientkey0123456789", null, Duration.ofSeconds(4), Duration.ofMillis(500), 3));
			});
	}

	@Test
	void bindWhenNoPanelIsConfiguredBindsEmptyMap() {
		this.contextRunner.run((context) -> assertThat(context.getBean(PanelProperties.class).panels()).isEmpty());
	}

	@Test
	void bindWhenPanelHasNoKeyFailsNamingThePanel() {
		this.contextRunner.withPropertyValues("ptero.panels.oci.url=https://oci.example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panel oci: no key is set", "PTERO_PANELS_OCI_CLIENT_KEY",
						"PTERO_PANELS_OCI_APPLICATION_KEY"));
	}

	@Test
	void bindWhenKeyIsBlankTreatsItAsMissing() {
		this.contextRunner
			.withPropertyValues("ptero.panels.main.url=https://panel.example.com", "ptero.panels.main.client-key= ")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panel main: no key is set"));
	}

	@Test
	void bindWhenUrlIsMissingFails() {
		this.contextRunner.withPropertyValues("ptero.panels.main.client-key=ptlc_x")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panels[main].url"));
	}

	@Test
	void bindWhenUrlHasNoSchemeFailsNamingThePanel() {
		this.contextRunner
			.withPropertyValues("ptero.panels.oci.url=panel.example.com", "ptero.panels.oci.client-key=ptlc_x")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panel oci: url must be an absolute http or https URL", "PTERO_PANELS_OCI_URL"));
	}

	@Test
	void bindWhenMaxConcurrencyIsZeroFails() {
		this.contextRunner
			.withPropertyValues("ptero.panels.main.url=https://panel.example.com",
					"ptero.panels.main.client-key=ptlc_x", "ptero.panels.main.max-concurrency=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panels[main].maxConcurrency"));
	}

	@Test
	void bindWhenPanelNameHasDotFails() {
		this.contextRunner
			.withPropertyValues("ptero.panels[my.panel].url=https://panel.example.com",
					"ptero.panels[my.panel].client-key=ptlc_x")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.message()
				.contains("panel 'my.panel'"));
	}

	@Test
	void toStringWhenKeysAreSetHidesThem() {
		PanelProperties.Panel panel = new PanelProperties.Panel(URI.create("https://panel.example.com"),
				"ptlc_secretclientkey", "ptla_secretapplicationkey", Duration.ofSeconds(10), Duration.ofSeconds(3), 8);
		assertThat(panel.toString()).doesNotContain("ptlc_secretclientkey", "ptla_secretapplicationkey")
			.contains("https://panel.example.com");
		assertThat(new PanelProperties(Map.of("main", panel)).toString()).doesNotContain("ptlc_secretclientkey",
				"ptla_secretapplicationkey");
	}

	@Test
	void toStringWhenUrlHasUserInfoHidesIt() {
		PanelProperties.Panel panel = new PanelProperties.Panel(
				URI.create("https://proxy:s3cret@panel.example.com:8443/"), "ptlc_secretclientkey", null,
				Duration.ofSeconds(10), Duration.ofSeconds(3), 8);
		assertThat(panel.toString()).doesNotContain("s3cret", "proxy:").contains("https://panel.example.com:8443/");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PanelProperties.class)
	static class PropertiesConfiguration {

	}

}
