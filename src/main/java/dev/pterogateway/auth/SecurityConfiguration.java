package dev.pterogateway.auth;

import java.util.List;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The one security filter chain: stateless bearer authentication (JWT access tokens and
 * {@code pgw_} API keys in the same header), {@code /api/admin/**} and catalog changes
 * for administrators, a few public endpoints, everything else authenticated. 401 and 403
 * are problem+json.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = SecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT access token or pgw_ API key",
		description = "A JWT from POST /api/auth/login (or /refresh), or an API key from POST /api/auth/api-keys.")
class SecurityConfiguration {

	/** Name of the OpenAPI security scheme. */
	static final String BEARER = "bearer";

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	/**
	 * Reachable without a token; a token sent here anyway is ignored, even an expired
	 * one.
	 */
	private static final RequestMatcher PUBLIC = new OrRequestMatcher(
			paths.matcher(HttpMethod.POST, "/api/auth/register"), paths.matcher(HttpMethod.POST, "/api/auth/login"),
			paths.matcher(HttpMethod.POST, "/api/auth/refresh"), paths.matcher("/v3/api-docs/**"),
			paths.matcher("/v3/api-docs.yaml"), paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"),
			// STOMP authenticates in its CONNECT frame (StompGuard): browsers cannot send
			// headers on the upgrade
			paths.matcher("/ws"), paths.matcher("/ws/**"), paths.matcher("/ws-sockjs"), paths.matcher("/ws-sockjs/**"));

	/**
	 * Reachable without a token, but a token is read when sent: an administrator's shows
	 * the health details ({@code management.endpoint.health.show-details}).
	 */
	private static final RequestMatcher PROBES = new OrRequestMatcher(paths.matcher("/actuator/health/**"),
			paths.matcher("/actuator/info"));

	/** Everyone reads the catalog; only administrators change it. */
	private static final RequestMatcher CATALOG_CHANGES = new OrRequestMatcher(
			paths.matcher(HttpMethod.POST, "/api/catalog/**"), paths.matcher(HttpMethod.PUT, "/api/catalog/**"),
			paths.matcher(HttpMethod.PATCH, "/api/catalog/**"), paths.matcher(HttpMethod.DELETE, "/api/catalog/**"));

	/** The API's own answers are JSON; nothing there may be framed or load content. */
	private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * The chain; 401 and 403 are written by the web module's problem writer (which also
	 * answers firewall refusals, as the context's one {@code RequestRejectedHandler}).
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CallerResolver callers,
			AuthenticationEntryPoint unauthorized, AccessDeniedHandler forbidden, CorsProperties cors)
			throws Exception {
		AuthenticationManager bearer = (authentication) -> callers
			.authenticate(((BearerTokenAuthenticationToken) authentication).getToken());
		http.csrf((csrf) -> csrf.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PUBLIC, PROBES)
				.permitAll()
				.requestMatchers("/api/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(CATALOG_CHANGES)
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationManagerResolver((request) -> bearer)
				.bearerTokenResolver(bearerTokenResolver())
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher("/api/**"),
						new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY))));
		if (cors.allowedOrigins().isEmpty()) {
			http.cors((configurer) -> configurer.disable());
		}
		else {
			http.cors((configurer) -> configurer.configurationSource(corsSource(cors)));
		}
		return http.build();
	}

	private static BearerTokenResolver bearerTokenResolver() {
		DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
		return (request) -> PUBLIC.matches(request) ? null : standard.resolve(request);
	}

	private static UrlBasedCorsConfigurationSource corsSource(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
		cors.setExposedHeaders(List.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "Location"));
		cors.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
