package dev.pterogateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Wings websocket connection of one server: {@code auth} with the panel's JWT, then
 * server events, console, stats, power and commands, with Wings' token checks on every
 * frame it sends.
 */
final class WingsSession implements WingsListener {

	private static final Map<String, String> POWER_PERMISSIONS = Map.of("start", "control.start", "stop",
			"control.stop", "kill", "control.stop", "restart", "control.restart");

	/** Wings warns {@code token expiring} once this much or less of the token remains. */
	private static final Duration EXPIRY_WARNING = Duration.ofSeconds(60);

	private final SimulatorContext context;

	private final PanelServer server;

	private final Node node;

	private final Instant bootedAt;

	private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();

	private @Nullable JsonNode token;

	private volatile boolean deleted;

	private @Nullable ScheduledFuture<?> expiryCheck;

	private Duration expiryWarning = EXPIRY_WARNING;

	WingsSession(SimulatorContext context, PanelServer server, Instant bootedAt) {
		this.context = context;
		this.server = server;
		this.node = context.model().requireNode(server.nodeId);
		this.bootedAt = bootedAt;
	}

	Mono<Void> run(WebsocketInbound in, WebsocketOutbound out) {
		Optional<Faults.TokenTiming> timing = this.context.faults().tokenTiming();
		this.expiryWarning = timing.map(Faults.TokenTiming::warning).orElse(EXPIRY_WARNING);
		long interval = timing.map(Faults.TokenTiming::checkInterval)
			.orElse(this.context.settings().tokenExpiryCheckInterval())
			.toMillis();
		this.expiryCheck = this.context.scheduler()
			.scheduleAtFixedRate(this::checkExpiry, interval, interval, TimeUnit.MILLISECONDS);
		Mono<Void> receive = in.receive().asString().doOnNext(this::onFrame).then().doFinally((signal) -> finish());
		Mono<Void> send = out.sendString(this.outbound.asFlux())
			.then()
			.then(Mono.defer(() -> this.deleted ? out.sendClose(1001, "server deleted") : Mono.empty()));
		return Mono.when(receive, send);
	}

	private void finish() {
		if (this.expiryCheck != null) {
			this.expiryCheck.cancel(false);
		}
		this.context.model().unsubscribe(this.server.uuid, this);
		synchronized (this) {
			this.outbound.tryEmitComplete();
		}
	}

	@Override
	public void onEvent(String event, List<String> args) {
		if ("deleted".equals(event)) {
			this.deleted = true;
			write(event, args);
			synchronized (this) {
				this.outbound.tryEmitComplete();
			}
			return;
		}
		send(event, args);
	}

	private void onFrame(String text) {
		JsonNode frame;
		try {
			frame = Envelope.MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			return;
		}
		List<String> args = new ArrayList<>();
		for (JsonNode arg : frame.path("args")) {
			if (!arg.isString()) {
				return;
			}
			args.add(arg.asString());
		}
		String event = frame.path("event").asString("");
		synchronized (this.context.model()) {
			if (this.context.model().servers.contains(this.server)) {
				handle(event, String.join("", args));
			}
		}
	}

	private void handle(String event, String argument) {
		if (!"auth".equals(event)) {
			String error = tokenError();
			if (error != null) {
				write("jwt error", List.of(error));
				return;
			}
		}
		switch (event) {
			case "auth" -> authenticate(argument);
			case "set state" -> setState(argument);
			case "send logs" -> sendLogs();
			case "send stats" -> sendStats();
			case "send command" -> command(argument);
			default -> {
			}
		}
	}

	private void authenticate(String jwt) {
		JsonNode claims = WingsToken.verify(jwt, this.node).orElse(null);
		if (claims == null || this.context.faults().refusesWebsocketAuth(this.server.identifier)) {
			daemonError("jwt: HMAC verification failed");
			return;
		}
		String error = claimsError(claims, true);
		if (error != null) {
			write("jwt error", List.of(prefixed(error)));
			return;
		}
		boolean firstAuth = this.token == null;
		this.token = claims;
		this.server.websocketAuthentications++;
		write("auth success", List.of());
		if (!firstAuth) {
			return;
		}
		this.context.model().subscribe(this.server, this);
		send("status", List.of(this.server.power.wireName()));
		if (this.server.power == PowerState.OFFLINE && !this.server.isInstalling()) {
			sendStats();
		}
	}

	private void setState(String action) {
		String permission = POWER_PERMISSIONS.get(action);
		if (permission == null || this.server.isSuspended()) {
			daemonError("invalid power action or server state");
			return;
		}
		if (has(permission)) {
			this.context.power().signal(this.server, action);
		}
	}

	private void sendLogs() {
		if (this.server.power.isUp()) {
			this.server.lastConsoleLines(this.context.settings().consoleLogCount())
				.forEach((line) -> send("console output", List.of(line)));
		}
	}

	private void sendStats() {
		send("stats", List.of(ResourceUsage.of(this.server, this.context.model().now()).wingsStats().toString()));
	}

	private void command(String command) {
		if (has("control.console") && this.server.power.isUp()) {
			this.server.commands.add(command);
			this.context.model().console(this.server, ConsoleLines.command(command));
		}
	}

	private void checkExpiry() {
		synchronized (this.context.model()) {
			if (this.token == null || this.deleted) {
				return;
			}
			long remaining = this.token.path("exp").asLong() - this.context.model().now().getEpochSecond();
			if (remaining <= 0) {
				send("token expired", List.of());
			}
			else if (remaining <= this.expiryWarning.toSeconds()) {
				send("token expiring", List.of());
			}
		}
	}

	/**
	 * Wings' {@code SendJson}: an invalid token replaces the event with a
	 * {@code jwt error}.
	 */
	private void send(String event, List<String> args) {
		String error = tokenError();
		if (error != null) {
			write("jwt error", List.of(error));
			return;
		}
		if (event.startsWith("backup completed") && !has("backup.read")) {
			return;
		}
		if ("install output".equals(event) && !has("admin.websocket.install")) {
			return;
		}
		write(event, args);
	}

	private @Nullable String tokenError() {
		JsonNode claims = this.token;
		return (claims != null) ? claimsError(claims, false) : "jwt: no jwt present";
	}

	/**
	 * Wings' claim checks in its order; the denylist ({@code iat} before boot) is only
	 * checked when a token is presented with {@code auth}.
	 */
	private @Nullable String claimsError(JsonNode claims, boolean presented) {
		if (this.context.model().now().getEpochSecond() > claims.path("exp").asLong()) {
			return "jwt: exp claim is invalid";
		}
		if (presented && claims.path("iat").asLong() < this.bootedAt.getEpochSecond()) {
			return "jwt: created too far in past (denylist)";
		}
		if (!grants(claims, "websocket.connect")) {
			return "jwt: missing connect permission";
		}
		if (!this.server.uuid.equals(claims.path("server_uuid").asString(""))) {
			return "jwt: server uuid mismatch";
		}
		return null;
	}

	private void daemonError(String detail) {
		String message = has("admin.websocket.errors") ? detail
				: "an unexpected error was encountered while handling this request";
		write("daemon error", List.of(prefixed(message)));
	}

	private static String prefixed(String message) {
		return "Error Event [" + UUID.randomUUID() + "]: " + message;
	}

	private boolean has(String permission) {
		return this.token != null && grants(this.token, permission);
	}

	/** {@code *} grants every permission except the {@code admin.*} ones. */
	private static boolean grants(JsonNode claims, String permission) {
		for (JsonNode granted : claims.path("permissions")) {
			String value = granted.asString("");
			if (value.equals(permission) || ("*".equals(value) && !permission.startsWith("admin."))) {
				return true;
			}
		}
		return false;
	}

	private void write(String event, List<String> args) {
		ObjectNode frame = Envelope.object().put("event", event);
		if (!args.isEmpty()) {
			frame.set("args", Envelope.strings(args));
		}
		synchronized (this) {
			this.outbound.tryEmitNext(Envelope.MAPPER.writeValueAsString(frame));
		}
	}

}
