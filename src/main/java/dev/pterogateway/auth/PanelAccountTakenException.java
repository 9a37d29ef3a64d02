package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The panel account is already linked to another gateway user.
 */
class PanelAccountTakenException extends ErrorResponseException {

	PanelAccountTakenException(String panel, long panelUserId) {
		super(HttpStatus.CONFLICT, problem(panel, panelUserId), null);
	}

	private static ProblemDetail problem(String panel, long panelUserId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Panel account %d on panel '%s' is linked to another user; unlink it there first."
					.formatted(panelUserId, panel));
		problem.setProperty("code", "panel_account_taken");
		return problem;
	}

}
