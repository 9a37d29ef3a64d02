package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A server id that is neither an 8-character identifier nor {@code panel:identifier}.
 */
public class InvalidServerIdException extends ErrorResponseException {

	public InvalidServerIdException(@Nullable String id) {
		super(HttpStatus.BAD_REQUEST, problem(id), null);
	}

	private static ProblemDetail problem(@Nullable String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'%s' is not a server id: use the panel's 8-character identifier, optionally as panel:identifier."
					.formatted(shorten(id)));
		problem.setProperty("code", "invalid_server_id");
		return problem;
	}

	private static String shorten(@Nullable String id) {
		if (id == null) {
			return "";
		}
		return (id.length() <= 64) ? id : id.substring(0, 64) + "…";
	}

}
