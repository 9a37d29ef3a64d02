package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The panel says it has no user with that id, so there is nothing to link.
 */
class PanelUserNotFoundException extends ErrorResponseException {

	PanelUserNotFoundException(String panel, long panelUserId) {
		super(HttpStatus.NOT_FOUND, problem(panel, panelUserId), null);
	}

	private static ProblemDetail problem(String panel, long panelUserId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Panel '%s' has no user with id %d.".formatted(panel, panelUserId));
		problem.setProperty("code", "panel_user_not_found");
		return problem;
	}

}
