package dev.pterogateway.server;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A server is not among the known ones, and a panel that might have it cannot be listed
 * right now: the gateway cannot tell whether it exists.
 */
public class ServerDirectoryUnavailableException extends ErrorResponseException {

	public ServerDirectoryUnavailableException(ServerRef ref, List<String> panels) {
		super(HttpStatus.BAD_GATEWAY, problem(ref, panels), null);
	}

	private static ProblemDetail problem(ServerRef ref, List<String> panels) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Cannot look up server '%s': %s %s cannot be listed right now.".formatted(ref,
						(panels.size() == 1) ? "panel" : "panels", String.join(", ", panels)));
		problem.setProperty("code", "panel_unavailable");
		problem.setProperty("panels", panels);
		return problem;
	}

}
