package dev.pterogateway.audit;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditTrail auditTrail(AuditEventRepository events) {
		return new AuditTrail(events, auditWriter());
	}

	/**
	 * One writer thread keeps events in order; when the queue is full the caller writes
	 * itself, so nothing is lost.
	 */
	private static ThreadPoolTaskExecutor auditWriter() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(10_000);
		executor.setThreadNamePrefix("audit-");
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.initialize();
		return executor;
	}

}
