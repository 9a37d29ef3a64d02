package dev.pterogateway.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code openapi/ptero-gateway.yaml} is the contract: it must be exactly
 * what the running gateway serves. After an intended API change, regenerate it with
 * {@code ./mvnw -B verify -Dopenapi.update=true} and commit the file with the change.
 */
@GatewayIntegrationTest
class OpenApiContractTests {

	private static final Path CONTRACT = Path.of("openapi", "ptero-gateway.yaml");

	@LocalServerPort
	private int port;

	@Test
	void apiDocsWhenServedMatchCommittedContract() throws IOException, InterruptedException {
		String served = get("/v3/api-docs.yaml");
		if (Boolean.getBoolean("openapi.update")) {
			Files.createDirectories(CONTRACT.getParent());
			Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
		}
		assertThat(CONTRACT).as("committed contract; regenerate with -Dopenapi.update=true").exists();
		assertThat(served).as("served /v3/api-docs.yaml versus %s (regenerate with -Dopenapi.update=true)", CONTRACT)
			.isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
	}

	@Test
	void apiDocsWhenServedUseRelativeServerSoTheDocumentIsPortIndependent() throws IOException, InterruptedException {
		assertThat(get("/v3/api-docs.yaml")).contains("- url: /").doesNotContain("localhost:" + this.port);
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
