package dev.pterogateway.panel;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the panel clients from {@link PanelProperties} and says at startup which panel
 * offers which API. Keys are never logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PanelProperties.class)
class PanelConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PanelConfiguration.class);

	@Bean
	PanelRegistry panelRegistry(PanelProperties properties, ObjectProvider<WebClient.Builder> builders,
			ObjectProvider<Clock> clocks) {
		describe(properties);
		return PanelRegistry.create(properties, builders.getIfAvailable(WebClient::builder),
				clocks.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PanelsHealthIndicator panelsHealthIndicator(PanelRegistry registry, ObjectProvider<Clock> clocks) {
		return new PanelsHealthIndicator(registry, clocks.getIfAvailable(Clock::systemUTC));
	}

	private static void describe(PanelProperties properties) {
		if (properties.panels().isEmpty()) {
			logger.warn("No panel is configured (ptero.panels is empty), so the gateway starts without panels; "
					+ "set PTERO_PANELS_<NAME>_URL and its keys to add one");
			return;
		}
		properties.panels().forEach((name, panel) -> {
			List<String> apis = panel.configuredApis().stream().map(PanelApi::label).toList();
			logger.info("Panel {} at {}: {} API enabled, timeout {} ms, at most {} calls at once", name,
					panel.displayUrl(), String.join(" and ", apis), panel.timeout().toMillis(), panel.maxConcurrency());
			for (PanelApi api : PanelApi.values()) {
				if (!panel.hasKey(api)) {
					logger.warn("Panel {}: no {} key, so {} are disabled (set {})", name, api.label(), api.enables(),
							api.keyEnvironmentVariable(name));
				}
			}
		});
	}

}
