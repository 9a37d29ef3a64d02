package dev.pterogateway.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Reactor Netty server of one simulated panel on 127.0.0.1: API requests go to the
 * {@link ApiDispatcher}, {@code /api/servers/{uuid}/ws} upgrades go to Wings.
 */
final class HttpFrontend {

	private final SimulatorContext context;

	private final ApiDispatcher dispatcher;

	private final WingsEndpoint wings;

	private final Faults faults;

	private final RequestLog log;

	private final JsonMapper mapper;

	/**
	 * Every open channel, kept-alive ones included (a request's {@code Connection} is
	 * disposed when the request ends, while its channel stays open for the next one).
	 */
	private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

	private final Scheduler timers;

	private @Nullable DisposableServer server;

	HttpFrontend(SimulatorContext context, ApiDispatcher dispatcher, WingsEndpoint wings, Faults faults, RequestLog log,
			JsonMapper mapper) {
		this.context = context;
		this.dispatcher = dispatcher;
		this.wings = wings;
		this.faults = faults;
		this.log = log;
		this.mapper = mapper;
		this.timers = Schedulers.fromExecutorService(context.scheduler());
	}

	/** Binds and returns the bound port. */
	synchronized int bind(int port) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.channelGroup(this.connections)
			.handle(this::handle)
			.bindNow();
		return this.server.port();
	}

	/** Stops listening and drops every open connection, websockets included. */
	synchronized void dispose() {
		if (this.server != null) {
			this.server.dispose();
			// Wait for the close so that a client's pooled connection cannot slip a
			// request in after stop().
			this.connections.close().awaitUninterruptibly(5_000);
			this.server.onDispose().block(Duration.ofSeconds(5));
			this.server = null;
		}
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String uri = request.uri();
		int question = uri.indexOf('?');
		String path = (question < 0) ? uri : uri.substring(0, question);
		String rawQuery = (question < 0) ? "" : uri.substring(question + 1);
		if (WingsEndpoint.matches(path)) {
			return this.wings.handle(path, request, response,
					(status) -> record(new IncomingRequest("GET", path, rawQuery, null, null, ""), status));
		}
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.flatMap((body) -> answer(new IncomingRequest(request.method().name(), path, rawQuery,
					request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION),
					request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE), body), response));
	}

	private Mono<Void> answer(IncomingRequest incoming, HttpServerResponse response) {
		Optional<Faults.InjectedFault> fault = incoming.path().startsWith("/api/") ? this.faults.take(incoming.path())
				: Optional.empty();
		if (fault.isPresent() && fault.get().hangs()) {
			record(incoming, 0);
			return fault.get().released().then(Mono.fromRunnable(() -> response.withConnection(Connection::dispose)));
		}
		ApiResponse reply = this.dispatcher.dispatch(incoming, fault.orElse(null));
		record(incoming, reply.status());
		Duration latency = this.context.settings().latency().plus(this.faults.latency());
		Mono<Void> send = Mono.defer(() -> send(reply, response));
		return latency.isZero() ? send : Mono.delay(latency, this.timers).then(send);
	}

	private void record(IncomingRequest incoming, int status) {
		this.log.record(new RecordedRequest(incoming.method(), incoming.pathAndQuery(), incoming.keyIdentifier(),
				status, this.context.model().now()));
	}

	private Mono<Void> send(ApiResponse reply, HttpServerResponse response) {
		response.status(reply.status());
		reply.headers().forEach(response::header);
		if (reply.body() == null) {
			return response.send().then();
		}
		String json = this.mapper.writeValueAsString(reply.body());
		response.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
		return response.sendString(Mono.just(json), StandardCharsets.UTF_8).then();
	}

}
