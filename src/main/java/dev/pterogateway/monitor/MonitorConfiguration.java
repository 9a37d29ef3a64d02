package dev.pterogateway.monitor;

import java.time.Clock;

import javax.sql.DataSource;

import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.server.ServerDirectory;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.StringUtils;

/**
 * Scheduling for the monitor's jobs (the sweep, retention and the mail outbox), each
 * behind a ShedLock JDBC lock so that one gateway instance runs it in a cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@EnableConfigurationProperties({ MonitorProperties.class, MailProperties.class })
class MonitorConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * The scheduler of {@code @Scheduled} jobs, apart from the STOMP broker's heartbeat
	 * scheduler so that a long sweep never delays a heartbeat.
	 */
	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(3);
		scheduler.setThreadNamePrefix("monitor-jobs-");
		scheduler.setWaitForTasksToCompleteOnShutdown(false);
		return scheduler;
	}

	/**
	 * Turns SMTP authentication on when a user name is configured ({@code SMTP_USER}),
	 * unless {@code mail.smtp.auth} is set explicitly.
	 */
	@Bean
	static BeanPostProcessor smtpAuthentication() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender && StringUtils.hasText(sender.getUsername())
						&& !sender.getJavaMailProperties().containsKey("mail.smtp.auth")) {
					sender.getJavaMailProperties().setProperty("mail.smtp.auth", "true");
				}
				return bean;
			}

		};
	}

	@Bean
	MonitorSweep monitorSweep(PanelRegistry panels, ServerDirectory directory, SampleStore samples, AlertTracker alerts,
			StopRequests stops, StatsStreams streams, Notifications notifications, Recipients recipients,
			ApplicationEventPublisher events, MonitorMetrics metrics, RequestLedger ledger,
			MonitorProperties properties, Clock clock) {
		return new MonitorSweep(panels, directory, samples, alerts, stops, streams, notifications, recipients, events,
				metrics, ledger, properties, clock);
	}

	@Bean
	SweepSchedule sweepSchedule(MonitorSweep sweep, PanelRegistry panels, LockProvider lockProvider,
			MonitorMetrics metrics, MonitorProperties properties) {
		return new SweepSchedule(sweep, panels, lockProvider, metrics, properties);
	}

}
