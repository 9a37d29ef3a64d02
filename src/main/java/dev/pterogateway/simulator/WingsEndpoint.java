package dev.pterogateway.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The Wings websocket endpoint {@code /api/servers/{uuid}/ws}: unknown server 404,
 * foreign {@code Origin} 403, otherwise a {@link WingsSession}. Also drives the periodic
 * {@code stats} of running servers.
 */
final class WingsEndpoint {

	private static final Pattern PATH = Pattern.compile("^/api/servers/([^/]+)/ws$");

	private final SimulatorContext context;

	private volatile Instant bootedAt;

	WingsEndpoint(SimulatorContext context) {
		this.context = context;
		this.bootedAt = context.model().now();
		long interval = context.settings().statsInterval().toMillis();
		context.scheduler().scheduleAtFixedRate(this::publishStats, interval, interval, TimeUnit.MILLISECONDS);
	}

	static boolean matches(String path) {
		return PATH.matcher(path).matches();
	}

	/** Wings (re)started: tokens issued before now are denylisted. */
	void booted() {
		this.bootedAt = this.context.model().now();
	}

	/**
	 * Answers an upgrade request.
	 * @param recorder receives the status answered (101 when upgraded)
	 */
	Publisher<Void> handle(String path, HttpServerRequest request, HttpServerResponse response, IntConsumer recorder) {
		Matcher matcher = PATH.matcher(path);
		String uuid = matcher.matches() ? matcher.group(1) : "";
		PanelServer server;
		synchronized (this.context.model()) {
			server = (uuid.length() == 36) ? this.context.model().findServer(uuid).orElse(null) : null;
		}
		if (server == null) {
			recorder.accept(404);
			response.status(404).header(HttpHeaderNames.CONTENT_TYPE, "application/json");
			return response.sendString(
					Mono.just("{\"error\":\"The requested resource does not exist on this instance.\"}"),
					StandardCharsets.UTF_8);
		}
		String origin = request.requestHeaders().get(HttpHeaderNames.ORIGIN);
		if (!this.context.address().baseUrl().equals(origin)) {
			recorder.accept(403);
			return response.status(403).send();
		}
		if (!"websocket".equalsIgnoreCase(request.requestHeaders().get(HttpHeaderNames.UPGRADE))) {
			recorder.accept(400);
			return response.status(400).send();
		}
		recorder.accept(101);
		WingsSession session = new WingsSession(this.context, server, this.bootedAt);
		return response.sendWebsocket(session::run);
	}

	private void publishStats() {
		PanelModel model = this.context.model();
		synchronized (model) {
			for (PanelServer server : model.servers) {
				if (server.power.isUp() && model.hasSubscribers(server)) {
					model.emit(server, "stats", List.of(ResourceUsage.of(server, model.now()).wingsStats().toString()));
				}
			}
		}
	}

}
