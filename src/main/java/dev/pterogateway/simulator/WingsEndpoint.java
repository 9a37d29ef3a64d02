package dev.pterogateway.simulator;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** The Wings websocket endpoint {@code /api/servers/{uuid}/ws}. */
final class WingsEndpoint {

	private static final Pattern PATH = Pattern.compile("^/api/servers/([^/]+)/ws$");

	private final SimulatorContext context;

	WingsEndpoint(SimulatorContext context) {
		this.context = context;
	}

	static boolean matches(String path) {
		return PATH.matcher(path).matches();
	}

	Publisher<Void> handle(String path, HttpServerRequest request, HttpServerResponse response) {
		Matcher matcher = PATH.matcher(path);
		matcher.matches();
		String uuid = matcher.group(1);
		boolean known;
		synchronized (this.context.model()) {
			known = uuid.length() != 8 && this.context.model().findServer(uuid).isPresent();
		}
		if (!known) {
			response.status(404).header(HttpHeaderNames.CONTENT_TYPE, "application/json");
			return response.sendString(
					Mono.just("{\"error\":\"The requested resource does not exist on this instance.\"}"),
					StandardCharsets.UTF_8);
		}
		return response.status(501).send();
	}

}
