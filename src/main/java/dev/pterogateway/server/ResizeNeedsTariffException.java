package dev.pterogateway.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A user asked to resize a server they own that has no tariff to bound it, and only
 * administrators may ({@code ptero.servers.owner-can-resize-without-tariff} is off). The
 * server is the caller's own, so 403 reveals nothing.
 */
public class ResizeNeedsTariffException extends ErrorResponseException {

	public ResizeNeedsTariffException(ServerRef ref) {
		super(HttpStatus.FORBIDDEN, problem(ref), null);
	}

	private static ProblemDetail problem(ServerRef ref) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				("Server '%s' has no tariff to bound a resize (it was not created from one, or its tariff was "
						+ "deleted); only an administrator may resize it.")
					.formatted(ref));
		problem.setProperty("code", "resize_needs_tariff");
		return problem;
	}

}
