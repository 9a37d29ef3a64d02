package dev.pterogateway.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header. The server URL is relative so that the generated
 * document is the same on every port and host, which lets the committed contract be
 * compared with the running app.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI()
			.info(new Info().title("ptero-gateway")
				.version("v1")
				.description("One REST + STOMP API in front of several Pterodactyl panels. "
						+ "Authenticate with `Authorization: Bearer <token>`: a JWT from `/api/auth/login` "
						+ "or an API key (`pgw_…`). Errors are RFC 9457 problem+json with `code` and `error`.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("/").description("This gateway")));
	}

}
