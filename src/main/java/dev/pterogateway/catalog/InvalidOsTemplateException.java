package dev.pterogateway.catalog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An OS template names a panel that is not configured ({@code unknown_panel}) or an egg
 * the panel does not have ({@code unknown_egg}).
 */
class InvalidOsTemplateException extends ErrorResponseException {

	private InvalidOsTemplateException(ProblemDetail problem) {
		super(HttpStatus.BAD_REQUEST, problem, null);
	}

	static InvalidOsTemplateException unknownPanel(String panel, List<String> known) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"No panel named '%s' is configured.".formatted(panel));
		problem.setProperty("code", "unknown_panel");
		problem.setProperty("knownPanels", known);
		return new InvalidOsTemplateException(problem);
	}

	static InvalidOsTemplateException unknownEgg(List<String> panels, int nestId, int eggId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Egg %d of nest %d does not exist on %s.".formatted(eggId, nestId, String.join(" or ", panels)));
		problem.setProperty("code", "unknown_egg");
		return new InvalidOsTemplateException(problem);
	}

}
