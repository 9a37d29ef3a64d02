package dev.pterogateway.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the simulator in tests, speaking JSON like the gateway does.
 */
final class SimulatorClient {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI base;

	private final @Nullable String key;

	SimulatorClient(URI base, @Nullable String key) {
		this.base = base;
		this.key = key;
	}

	static SimulatorClient of(PanelSimulator simulator, @Nullable String key) {
		return new SimulatorClient(simulator.url(), key);
	}

	Response get(String path) {
		return send("GET", path, null);
	}

	Response post(String path, @Nullable String json) {
		return send("POST", path, json);
	}

	Response put(String path, String json) {
		return send("PUT", path, json);
	}

	Response patch(String path, String json) {
		return send("PATCH", path, json);
	}

	Response delete(String path) {
		return send("DELETE", path, null);
	}

	Response send(String method, String path, @Nullable String json) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json");
		if (this.key != null) {
			builder.header("Authorization", "Bearer " + this.key);
		}
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		builder.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON when there is one. */
	record Response(HttpResponse<String> raw) {

		int status() {
			return this.raw.statusCode();
		}

		String body() {
			return this.raw.body();
		}

		JsonNode json() {
			return MAPPER.readTree(this.raw.body());
		}

		@Nullable String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
