package dev.pterogateway.realtime;

import java.time.Instant;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One message on a console topic: a console line, an install line, a power state change,
 * or the error that ended the relay. Lines are the game server's text, delivered as data
 * (JSON strings, never HTML), with ANSI colour codes unless the subscriber asked to strip
 * them.
 *
 * @param type {@code line}, {@code install}, {@code status} or {@code error}
 * @param line the text of a {@code line} or {@code install} message
 * @param state the power state of a {@code status} message ({@code offline},
 * {@code starting}, {@code running}, {@code stopping}, or {@code deleted})
 * @param code the stable code of an {@code error} message, such as
 * {@code console_auth_failed}
 * @param error what went wrong, one human sentence, for an {@code error} message
 * @param at when the gateway received it from Wings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConsoleMessage(String type, @Nullable String line, @Nullable String state, @Nullable String code,
		@Nullable String error, Instant at) {

	/** CSI and OSC escape sequences, as game servers and Wings print them. */
	private static final Pattern ANSI = Pattern
		.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|[@-Z\\\\-_])");

	static ConsoleMessage line(String line, Instant at) {
		return new ConsoleMessage("line", line, null, null, null, at);
	}

	static ConsoleMessage install(String line, Instant at) {
		return new ConsoleMessage("install", line, null, null, null, at);
	}

	static ConsoleMessage status(String state, Instant at) {
		return new ConsoleMessage("status", null, state, null, null, at);
	}

	static ConsoleMessage error(String code, String error, Instant at) {
		return new ConsoleMessage("error", null, null, code, error, at);
	}

	ConsoleMessage withoutAnsi() {
		return (this.line != null) ? new ConsoleMessage(this.type, stripAnsi(this.line), null, null, null, this.at)
				: this;
	}

	static String stripAnsi(String text) {
		return ANSI.matcher(text).replaceAll("");
	}

}
