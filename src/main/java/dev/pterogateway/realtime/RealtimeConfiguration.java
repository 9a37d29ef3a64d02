package dev.pterogateway.realtime;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP at {@code /ws} with an in-memory broker. Destinations use dots after the prefix
 * ({@code /topic/servers.oci.1a7ce997.stats}) so that the same names work on a RabbitMQ
 * STOMP relay, which rejects nested slashes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(RealtimeProperties.class)
class RealtimeConfiguration implements WebSocketMessageBrokerConfigurer {

	private final StompGuard guard;

	private final RealtimeProperties properties;

	RealtimeConfiguration(StompGuard guard, RealtimeProperties properties) {
		this.guard = guard;
		this.properties = properties;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/ws")
			.setAllowedOriginPatterns(this.properties.allowedOrigins().toArray(String[]::new))
			.addInterceptors(new ClientAddressInterceptor());
		registry.setErrorHandler(new StompErrorHandler());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.setApplicationDestinationPrefixes("/app");
		registry.setUserDestinationPrefix("/user");
		registry.enableSimpleBroker("/topic", "/queue");
		registry.setPreservePublishOrder(true);
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(this.guard);
	}

}
