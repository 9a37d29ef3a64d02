package dev.pterogateway.server;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A console command to type into a server.
 *
 * @param command the command line, without the leading slash games use in chat
 */
record CommandRequest(@NotBlank @Size(max = 2000) String command) {

}
