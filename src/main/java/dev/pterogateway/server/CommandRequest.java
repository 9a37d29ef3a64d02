package dev.pterogateway.server;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A console command to type into a server.
 *
 * @param command the command line, without the leading slash games use in chat
 * @param waitMs if set, wait up to this many milliseconds for the console's answer and
 * return it (like {@code ?waitForOutput=PT5S})
 */
record CommandRequest(@NotBlank @Size(max = 2000) String command, @Nullable @Positive Long waitMs) {

}
