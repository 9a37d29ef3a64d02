package dev.pterogateway.panel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatorSettings;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PanelConfigurationTests {

	private PanelSimulator main;

	private PanelSimulator oci;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void startPanels() {
		this.main = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.oci = PanelSimulator.start(SimulatorSettings.defaults("oci"));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
					WebClientAutoConfiguration.class))
			.withUserConfiguration(PanelConfiguration.class);
	}

	@AfterEach
	void stopPanels() {
		this.main.close();
		this.oci.close();
	}

	@Test
	void contextWhenTwoPanelsAreConfiguredCallsBothWithBootsWebClient(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("ptero.panels.main.url=" + this.main.url(),
					"ptero.panels.main.client-key=" + this.main.clientKey(),
					"ptero.panels.main.application-key=" + this.main.applicationKey(),
					"ptero.panels.oci.url=" + this.oci.url(), "ptero.panels.oci.client-key=" + this.oci.clientKey(),
					"ptero.panels.oci.timeout=4s")
			.run((context) -> {
				PanelRegistry registry = context.getBean(PanelRegistry.class);
				assertThat(registry.names()).containsExactly("main", "oci");
				assertThat(registry.panel("oci").timeout()).hasSeconds(4);
				assertThat(registry.panel("main").application().nodes()).isNotEmpty();
				assertThat(context).hasSingleBean(PanelsHealthIndicator.class);
			});
		assertThat(output).contains("Panel main at " + this.main.url() + ": client and application API enabled")
			.contains("Panel oci: no application key, so create/resize/suspend/user lookups are disabled")
			.contains("PTERO_PANELS_OCI_APPLICATION_KEY")
			.doesNotContain(this.main.clientKey(), this.main.applicationKey(), this.oci.clientKey());
	}

	@Test
	void contextWhenNoPanelIsConfiguredStartsAndSaysSo(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PanelRegistry.class).isEmpty()).isTrue();
		});
		assertThat(output).contains("No panel is configured");
	}

}
