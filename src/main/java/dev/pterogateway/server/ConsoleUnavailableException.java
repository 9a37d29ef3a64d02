package dev.pterogateway.server;

import dev.pterogateway.panel.WingsConnectionException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A server's Wings console could not be read: Wings refused the panel's token
 * ({@code console_auth_failed}, 502), or the websocket could not be opened in time
 * ({@code console_unavailable}, 503).
 */
public class ConsoleUnavailableException extends ErrorResponseException {

	public ConsoleUnavailableException(ServerRef ref, WingsConnectionException cause) {
		super(statusOf(cause), problem(ref, cause), cause);
	}

	private static HttpStatus statusOf(WingsConnectionException cause) {
		return (cause.reason() == WingsConnectionException.Reason.AUTH_FAILED) ? HttpStatus.BAD_GATEWAY
				: HttpStatus.SERVICE_UNAVAILABLE;
	}

	private static ProblemDetail problem(ServerRef ref, WingsConnectionException cause) {
		boolean refused = cause.reason() == WingsConnectionException.Reason.AUTH_FAILED;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusOf(cause),
				refused ? "Wings refused the console token of server '%s'.".formatted(ref)
						: "The console of server '%s' cannot be reached right now; try again.".formatted(ref));
		problem.setProperty("code", refused ? "console_auth_failed" : "console_unavailable");
		problem.setProperty("panel", ref.panel());
		problem.setProperty("id", ref.identifier());
		return problem;
	}

}
