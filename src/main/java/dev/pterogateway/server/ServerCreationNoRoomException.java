package dev.pterogateway.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.pterogateway.panel.PanelException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An OS template without a panel could not be installed on any panel: none had room, or
 * could be asked. Says why for each panel.
 */
public class ServerCreationNoRoomException extends ErrorResponseException {

	ServerCreationNoRoomException(Map<String, PanelException> failures) {
		super(HttpStatus.CONFLICT, problem(failures), null);
	}

	private static ProblemDetail problem(Map<String, PanelException> failures) {
		Map<String, String> reasons = new LinkedHashMap<>();
		failures.forEach((panel, failure) -> reasons.put(panel, failure.detail()));
		String detail = reasons.entrySet()
			.stream()
			.map((reason) -> reason.getKey() + ": " + reason.getValue())
			.collect(Collectors.joining("; ", "No panel could take the server (", ")."));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setProperty("code", "no_panel_with_room");
		problem.setProperty("panels", reasons);
		return problem;
	}

}
