package dev.pterogateway.realtime;

import org.jspecify.annotations.Nullable;

/**
 * A command typed into a relayed console: SEND {@code /app/servers.{panel}.{id}.command}
 * with {@code {"command": "say hello"}}.
 *
 * @param command the command line (1 to 2000 characters)
 */
record ConsoleCommandRequest(@Nullable String command) {

	static final int MAX_LENGTH = 2000;

	boolean isValid() {
		return this.command != null && !this.command.isBlank() && this.command.length() <= MAX_LENGTH;
	}

}
