package dev.pterogateway.panel;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared Wings console connections and the command-with-output console on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WingsProperties.class)
class WingsConfiguration {

	@Bean
	WingsSocketClient wingsSocketClient(PanelRegistry panels, WingsProperties properties,
			ObjectProvider<Clock> clocks) {
		return new WingsSocketClient(panels, properties, clocks.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	WingsConsole wingsConsole(WingsSocketClient sockets, WingsProperties properties) {
		return new WingsConsole(sockets, properties.connectTimeout());
	}

}
