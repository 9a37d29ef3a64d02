package dev.pterogateway.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One frame of the Wings websocket, in either direction: {@code {"event": "console
 * output", "args": ["line"]}}. Wings only accepts string arguments and omits {@code args}
 * on events without payload.
 *
 * @param event the event name, such as {@code console output} or {@code status}
 * @param args the string arguments
 */
public record WingsEvent(String event, List<String> args) {

	/** Wings → client: authentication accepted. */
	public static final String AUTH_SUCCESS = "auth success";

	/** Wings → client: one console line. */
	public static final String CONSOLE_OUTPUT = "console output";

	/** Wings → client: one line of the install script's output. */
	public static final String INSTALL_OUTPUT = "install output";

	/** Wings → client: the power state changed ({@code offline}, {@code running} …). */
	public static final String STATUS = "status";

	/** Wings → client: resource usage, JSON encoded in the first argument. */
	public static final String STATS = "stats";

	/** Wings → client: the server was deleted; Wings then closes the socket. */
	public static final String DELETED = "deleted";

	/** Wings → client: the token was refused or has expired. */
	public static final String JWT_ERROR = "jwt error";

	/**
	 * Wings → client: a request failed (or, before authentication, the token is garbage).
	 */
	public static final String DAEMON_ERROR = "daemon error";

	/** Wings → client: the token ends within a minute. */
	public static final String TOKEN_EXPIRING = "token expiring";

	/** Wings → client: the token has ended. */
	public static final String TOKEN_EXPIRED = "token expired";

	private static final JsonMapper json = JsonMapper.builder().build();

	public WingsEvent {
		args = List.copyOf(args);
	}

	/**
	 * An event with string arguments.
	 * @param event the event name
	 * @param args the arguments
	 * @return the event
	 */
	public static WingsEvent of(String event, String... args) {
		return new WingsEvent(event, List.of(args));
	}

	/**
	 * The arguments joined, as Wings reads them.
	 * @return the argument, empty if there is none
	 */
	public String argument() {
		return String.join("", this.args);
	}

	/**
	 * Whether this is the named event.
	 * @param name the event name
	 * @return {@code true} if it is
	 */
	public boolean is(String name) {
		return this.event.equals(name);
	}

	String toJson() {
		ObjectNode frame = json.createObjectNode().put("event", this.event);
		if (!this.args.isEmpty()) {
			ArrayNode array = frame.putArray("args");
			this.args.forEach(array::add);
		}
		return json.writeValueAsString(frame);
	}

	/**
	 * Reads a frame; Wings ignores frames that are not JSON, and so do we.
	 */
	static Optional<WingsEvent> parse(String text) {
		try {
			JsonNode frame = json.readTree(text);
			String event = frame.path("event").asString("");
			if (event.isEmpty()) {
				return Optional.empty();
			}
			List<String> args = new ArrayList<>();
			for (JsonNode arg : frame.path("args")) {
				args.add(arg.asString(""));
			}
			return Optional.of(new WingsEvent(event, args));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return is("auth") ? "WingsEvent[auth, (token hidden)]" : "WingsEvent[" + this.event + ", " + this.args + "]";
	}

}
