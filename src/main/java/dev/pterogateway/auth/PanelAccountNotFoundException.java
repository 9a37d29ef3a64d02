package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The user has no link to that panel account.
 */
class PanelAccountNotFoundException extends ErrorResponseException {

	PanelAccountNotFoundException(String panel, long panelUserId) {
		super(HttpStatus.NOT_FOUND, problem(panel, panelUserId), null);
	}

	private static ProblemDetail problem(String panel, long panelUserId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The user is not linked to panel account %d on panel '%s'.".formatted(panelUserId, panel));
		problem.setProperty("code", "panel_account_not_found");
		return problem;
	}

}
