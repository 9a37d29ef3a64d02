package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Duration;

import javax.crypto.SecretKey;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Beans of the accounts feature: password hashing, the JWT key, encoder and decoder, the
 * login throttle and the bearer-token resolver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AuthProperties.class, RateLimitProperties.class, CorsProperties.class })
class AuthConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

	@Bean
	SecretKey jwtSigningKey(AuthProperties properties, GatewaySettingRepository settings, Clock clock) {
		return JwtSigningKey.resolve(properties.auth(), settings, clock);
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
		return NimbusJwtEncoder.withSecretKey(jwtSigningKey).algorithm(MacAlgorithm.HS256).build();
	}

	/**
	 * Accepts only our own HS256 tokens, without clock skew: the gateway issues and
	 * checks them on the same clock.
	 */
	@Bean
	JwtDecoder jwtDecoder(SecretKey jwtSigningKey, AuthProperties properties, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
		timestamps.setClock(clock);
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(properties.auth().issuer())));
		return decoder;
	}

	@Bean
	AccessTokens accessTokens(JwtEncoder jwtEncoder, AuthProperties properties, Clock clock) {
		return new AccessTokens(jwtEncoder, properties.auth(), clock);
	}

	@Bean
	LoginThrottle loginThrottle(AuthProperties properties) {
		return new LoginThrottle(properties.auth().loginThrottle());
	}

	@Bean
	CallerResolver callerResolver(JwtDecoder jwtDecoder, ApiKeyService apiKeys, Callers callers) {
		return new CallerResolver(jwtDecoder, apiKeys, callers);
	}

}
