package dev.pterogateway.panel;

import java.util.List;

/**
 * What a server's console printed after a command.
 *
 * @param timedOut {@code true} if no line came before the deadline
 * @param lines the lines, as Wings sent them (with ANSI colour codes)
 */
public record ConsoleOutput(boolean timedOut, List<String> lines) {

	public ConsoleOutput {
		lines = List.copyOf(lines);
	}

}
