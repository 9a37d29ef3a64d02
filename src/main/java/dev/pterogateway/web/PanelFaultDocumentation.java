package dev.pterogateway.web;

import java.util.Arrays;
import java.util.Locale;

import dev.pterogateway.panel.CallsPanel;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the panel's failures in one place instead of on every controller: 502, 503
 * and 504 on each operation marked {@link CallsPanel}, and 502 on every other operation
 * that looks a server up by id (its panel may have to be listed and fail). A controller's
 * own description of such a status is kept; the panel's codes are added when it does not
 * name them.
 */
@Component
class PanelFaultDocumentation implements OperationCustomizer {

	static final String SERVER_PATH = "/api/server/{id}";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (callsPanel(handler)) {
			for (PanelFault fault : PanelFault.values()) {
				document(operation, fault.status, fault.code, fault.description);
			}
		}
		else if (looksUpServer(handler)) {
			document(operation, "502", "panel_unavailable",
					"The server is not among the known ones and its panel cannot be listed (panel_unavailable)");
		}
		return operation;
	}

	private static boolean callsPanel(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), CallsPanel.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), CallsPanel.class);
	}

	private static boolean looksUpServer(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.path()).anyMatch((path) -> path.startsWith(SERVER_PATH));
	}

	private static void document(Operation operation, String status, String code, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponse response = operation.getResponses().get(status);
		if (response == null) {
			operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
		}
		else if (response.getDescription() == null || response.getDescription().isBlank()) {
			response.setDescription(description);
		}
		else if (!response.getDescription().contains(code)) {
			response.setDescription(response.getDescription() + "; "
					+ description.substring(0, 1).toLowerCase(Locale.ROOT) + description.substring(1));
		}
	}

	/** What a panel's failure answers, with the code that names it. */
	private enum PanelFault {

		UNAVAILABLE("502", "panel_unavailable",
				"The panel or its node cannot be reached or failed (panel_unavailable, panel_error), "
						+ "or it refused the gateway's key (panel_auth_failed)"),

		RATE_LIMITED("503", "panel_rate_limited",
				"The panel's rate limit for the gateway is exhausted (panel_rate_limited); see Retry-After"),

		TIMEOUT("504", "panel_timeout", "The panel or its node did not answer in time (panel_timeout)");

		private final String status;

		private final String code;

		private final String description;

		PanelFault(String status, String code, String description) {
			this.status = status;
			this.code = code;
			this.description = description;
		}

	}

}
