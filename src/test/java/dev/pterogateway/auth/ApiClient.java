package dev.pterogateway.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running gateway over real HTTP on loopback, as a client would.
 */
public final class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Reply get(String path, @Nullable String token) {
		return send("GET", path, token, null);
	}

	public Reply post(String path, @Nullable String token, @Nullable Object body) {
		return send("POST", path, token, body);
	}

	public Reply patch(String path, @Nullable String token, @Nullable Object body) {
		return send("PATCH", path, token, body);
	}

	public Reply delete(String path, @Nullable String token) {
		return send("DELETE", path, token, null);
	}

	public Reply send(String method, String path, @Nullable String token, @Nullable Object body) {
		return send(method, path, (token != null) ? Map.of("Authorization", "Bearer " + token) : Map.of(), body);
	}

	public Reply send(String method, String path, Map<String, String> headers, @Nullable Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " was interrupted", ex);
		}
	}

	/**
	 * An HTTP answer.
	 *
	 * @param status the status code
	 * @param headers the headers
	 * @param body the body text
	 */
	public record Reply(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return json.readTree(this.body.isEmpty() ? "null" : this.body);
		}

		public String text(String field) {
			return json().path(field).asString();
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
