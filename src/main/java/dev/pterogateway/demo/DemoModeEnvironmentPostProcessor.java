package dev.pterogateway.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode: when no panel is configured under {@code ptero.panels}, starts a simulated
 * {@code main} and {@code oci} panel in this process and configures the gateway to use
 * them over HTTP, like real panels. Runs before the context exists because the panel
 * settings must be in the environment when they are bound.
 */
class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final List<String> PANELS = List.of("main", "oci");

	private final Log logger;

	DemoModeEnvironmentPostProcessor(DeferredLogFactory logs) {
		this.logger = logs.getLog(DemoModeEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		boolean panelsConfigured = binder.bind("ptero.panels", Bindable.mapOf(String.class, Object.class))
			.map((panels) -> !panels.isEmpty())
			.orElse(false);
		DemoSettings settings = DemoSettings.from(binder);
		if (panelsConfigured || !settings.enabled()) {
			return;
		}
		DemoPanels panels = DemoPanels.start(settings);
		environment.getPropertySources()
			.addLast(new MapPropertySource("demoPanels", panelProperties(panels, settings)));
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("demoPanels", panels));
		application.addListeners((event) -> {
			if (event instanceof ContextClosedEvent) {
				panels.close();
			}
		});
		this.logger.warn("DEMO MODE: no panel is configured, so the gateway uses SIMULATED panels " + panels.describe()
				+ ". Configure ptero.panels.<name>.url and keys to use real panels.");
	}

	private static Map<String, Object> panelProperties(DemoPanels panels, DemoSettings settings) {
		Map<String, Object> properties = new LinkedHashMap<>();
		Duration timeout = settings.panelTimeout();
		panels.each((name, url, clientKey, applicationKey) -> {
			properties.put("ptero.panels." + name + ".url", url);
			properties.put("ptero.panels." + name + ".client-key", clientKey);
			properties.put("ptero.panels." + name + ".application-key", applicationKey);
			if (timeout != null) {
				properties.put("ptero.panels." + name + ".timeout", timeout.toString());
			}
		});
		properties.put("ptero.demo.active", "true");
		return properties;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
