package dev.pterogateway.auth;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No panel of the gateway has that name.
 */
class UnknownPanelNameException extends ErrorResponseException {

	UnknownPanelNameException(String panel) {
		super(HttpStatus.NOT_FOUND, problem(panel), null);
	}

	private static ProblemDetail problem(String panel) {
		String shown = (panel.length() <= 64) ? panel : panel.substring(0, 64) + "…";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The gateway has no panel named '%s'.".formatted(shown));
		problem.setProperty("code", "unknown_panel");
		return problem;
	}

}
