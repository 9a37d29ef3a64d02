package dev.pterogateway.realtime;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP at {@code /ws} (and with the SockJS fallback at {@code /ws-sockjs}) with an
 * in-memory broker, heartbeats and bounded per-session send buffers. Destinations use
 * dots after the prefix ({@code /topic/servers.oci.1a7ce997.stats}) so that the same
 * names work on a RabbitMQ STOMP relay, which rejects nested slashes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(RealtimeProperties.class)
class RealtimeConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

	private final StompGuard guard;

	private final RealtimeProperties properties;

	private final ThreadPoolTaskExecutor inbound = channelExecutor("stomp-inbound-");

	private final ThreadPoolTaskExecutor outbound = channelExecutor("stomp-outbound-");

	RealtimeConfiguration(StompGuard guard, RealtimeProperties properties) {
		this.guard = guard;
		this.properties = properties;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		String[] origins = this.properties.allowedOrigins().toArray(String[]::new);
		registry.addEndpoint("/ws").setAllowedOriginPatterns(origins).addInterceptors(new ClientAddressInterceptor());
		registry.addEndpoint("/ws-sockjs")
			.setAllowedOriginPatterns(origins)
			.addInterceptors(new ClientAddressInterceptor())
			.withSockJS();
		registry.setErrorHandler(new StompErrorHandler());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.setApplicationDestinationPrefixes("/app");
		registry.setUserDestinationPrefix("/user");
		registry.enableSimpleBroker("/topic", "/queue")
			.setHeartbeatValue(
					new long[] { this.properties.heartbeat().toMillis(), this.properties.heartbeat().toMillis() })
			.setTaskScheduler(heartbeatScheduler());
		registry.setPreservePublishOrder(true);
	}

	/**
	 * Bounded outbound buffers: a client that cannot keep up is disconnected once its
	 * buffer or send time limit is exceeded, so publishing never waits for it.
	 */
	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.setSendBufferSizeLimit((int) this.properties.sendBufferSize().toBytes())
			.setSendTimeLimit((int) this.properties.sendTimeLimit().toMillis())
			.setMessageSizeLimit(64 * 1024);
	}

	private static ThreadPoolTaskScheduler heartbeatScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("stomp-heartbeat-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		return scheduler;
	}

	/**
	 * STOMP runs on threads of its own. Boot would hand the channels the application's
	 * only {@code AsyncTaskExecutor}, which is the monitor's three-thread job scheduler,
	 * so a client whose socket write blocks would take a thread from the sweep.
	 */
	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.executor(this.inbound).interceptors(this.guard);
	}

	@Override
	public void configureClientOutboundChannel(ChannelRegistration registration) {
		registration.executor(this.outbound);
	}

	/** Sized like Spring's own default channel executors. */
	private static ThreadPoolTaskExecutor channelExecutor(String threadNamePrefix) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(Runtime.getRuntime().availableProcessors() * 2);
		executor.setAllowCoreThreadTimeOut(true);
		executor.setThreadNamePrefix(threadNamePrefix);
		executor.initialize();
		return executor;
	}

	@Override
	public void destroy() {
		this.inbound.shutdown();
		this.outbound.shutdown();
	}

}
