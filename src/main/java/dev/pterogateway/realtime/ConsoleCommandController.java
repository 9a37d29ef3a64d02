package dev.pterogateway.realtime;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.pterogateway.panel.PanelConflictException;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.server.ConsoleCommandService;
import dev.pterogateway.server.ServerRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;

/**
 * Types commands into a relayed console: SEND {@code /app/servers.{panel}.{id}.command}
 * with {@code {"command": "…"}}. {@link StompGuard} has already applied the owner rule;
 * the service applies it again and audits. Failures go to the sender's
 * {@code /user/queue/errors} as {@code {code, error}}.
 */
@Controller
class ConsoleCommandController {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleCommandController.class);

	private final ConsoleCommandService commands;

	ConsoleCommandController(ConsoleCommandService commands) {
		this.commands = commands;
	}

	@MessageMapping("servers.{panel}.{identifier}.command")
	void command(@DestinationVariable String panel, @DestinationVariable String identifier,
			@Payload ConsoleCommandRequest request, Principal user, SimpMessageHeaderAccessor headers) {
		if (!request.isValid()) {
			throw new IllegalArgumentException(
					"A command must be 1 to " + ConsoleCommandRequest.MAX_LENGTH + " characters.");
		}
		this.commands.type(new ServerRef(panel, identifier), request.command(), StompGuard.caller(user),
				ClientAddressInterceptor.of(headers.getSessionAttributes()));
	}

	@MessageExceptionHandler
	@SendToUser(destinations = "/queue/errors", broadcast = false)
	Map<String, Object> failed(Exception ex) {
		Map<String, Object> error = new LinkedHashMap<>();
		if (ex instanceof ErrorResponse response) {
			Map<String, Object> properties = response.getBody().getProperties();
			Object code = (properties != null) ? properties.get("code") : null;
			error.put("code", (code != null) ? code : "error");
			error.put("error", String.valueOf(response.getBody().getDetail()));
		}
		else if (ex instanceof PanelException panel) {
			boolean offline = PanelConflictException.SERVER_OFFLINE.equals(panel.panelCode());
			error.put("code", offline ? "server_offline" : "panel_error");
			error.put("error", panel.detail());
		}
		else if (ex instanceof IllegalArgumentException) {
			error.put("code", "validation_failed");
			error.put("error", ex.getMessage());
		}
		else {
			logger.warn("A console command failed unexpectedly", ex);
			error.put("code", "command_failed");
			error.put("error", "The command could not be sent.");
		}
		return error;
	}

}
