package dev.pterogateway.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses an encoded slash ({@code %2F}) itself, with an HTML page. Passing it
 * through lets Spring Security's firewall refuse it instead, with the same problem+json
 * as every other bad request; the firewall rejects encoded slashes, so none reaches a
 * controller.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashConfiguration {

	@Bean
	TomcatConnectorCustomizer encodedSlashToFirewall() {
		return (connector) -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

}
