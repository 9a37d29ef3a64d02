package dev.pterogateway.server;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pterogateway.panel.PanelRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DirectoryProperties.class, ServerProperties.class })
class ServerConfiguration {

	private final ExecutorService panelCalls = panelCalls();

	@Bean
	ServerDirectory serverDirectory(PanelRegistry panels, DirectoryProperties properties, Clock clock) {
		return new ServerDirectory(panels, properties, clock, this.panelCalls);
	}

	@Bean
	ServerQueryService serverQueryService(ServerAccess access, ServerDirectory directory, PanelRegistry panels,
			ServerOrigins origins) {
		return new ServerQueryService(access, directory, panels, origins, this.panelCalls);
	}

	@Bean
	ServerAccess serverAccess(ServerDirectory directory) {
		return new ServerAccess(directory);
	}

	/**
	 * Until the catalog records origins, no server has one.
	 */
	@Bean
	@ConditionalOnMissingBean
	ServerOrigins serverOrigins() {
		return (panel, identifier) -> Optional.empty();
	}

	/**
	 * Until the monitor stores samples, no server has a history.
	 */
	@Bean
	@ConditionalOnMissingBean
	StatsHistory statsHistory() {
		return (panel, identifier) -> List.of();
	}

	/**
	 * Panel calls that run beside others (panel listings, so that several panels load at
	 * once; a server's application view beside its client view); each is bounded by its
	 * panel's timeout.
	 */
	private static ExecutorService panelCalls() {
		AtomicInteger threads = new AtomicInteger();
		return Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "panel-call-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
