package dev.pterogateway.realtime;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A console message as its subscribers get it: the JSON is written at most once as is and
 * once without ANSI codes, however many subscribers (and later replays of the recent
 * lines) receive it.
 */
final class ConsolePayload {

	private final ConsoleMessage message;

	private byte @Nullable [] raw;

	private byte @Nullable [] stripped;

	ConsolePayload(ConsoleMessage message) {
		this.message = message;
	}

	ConsoleMessage message() {
		return this.message;
	}

	/**
	 * The message's JSON.
	 * @param stripAnsi whether the subscriber asked for {@code ansi: strip}
	 * @param json the mapper that writes it
	 * @return the bytes of the frame body, shared by every subscriber alike
	 */
	synchronized byte[] json(boolean stripAnsi, JsonMapper json) {
		if (!stripAnsi || this.message.line() == null) {
			if (this.raw == null) {
				this.raw = json.writeValueAsBytes(this.message);
			}
			return this.raw;
		}
		if (this.stripped == null) {
			this.stripped = json.writeValueAsBytes(this.message.withoutAnsi());
		}
		return this.stripped;
	}

}
