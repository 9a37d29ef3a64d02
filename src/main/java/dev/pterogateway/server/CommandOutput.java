package dev.pterogateway.server;

import java.util.List;

import dev.pterogateway.panel.ConsoleOutput;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a command printed: {@code success} with the lines from the first one after the
 * command until the console was quiet for a moment, or {@code timeout} with none when
 * nothing came in time (the command was still sent).
 *
 * @param status {@code success} or {@code timeout}
 * @param output the console lines, with ANSI colour codes as the game printed them
 */
public record CommandOutput(@Schema(allowableValues = {
		"success", "timeout" }) String status, List<String> output){

	static CommandOutput from(ConsoleOutput output) {
		return output.timedOut() ? new CommandOutput("timeout", List.of())
				: new CommandOutput("success", output.lines());
	}

}
