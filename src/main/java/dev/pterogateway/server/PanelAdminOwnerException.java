package dev.pterogateway.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A server's owner is an administrator of its panel, whose password the gateway never
 * changes: that account can administer every server of the panel.
 */
public class PanelAdminOwnerException extends ErrorResponseException {

	public PanelAdminOwnerException(ServerRef ref) {
		super(HttpStatus.CONFLICT, problem(ref), null);
	}

	private static ProblemDetail problem(ServerRef ref) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The owner of server '%s' is an administrator of its panel; change that password on the panel."
					.formatted(ref));
		problem.setProperty("code", "owner_is_panel_admin");
		return problem;
	}

}
