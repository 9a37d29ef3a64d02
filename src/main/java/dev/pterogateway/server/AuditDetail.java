package dev.pterogateway.server;

import dev.pterogateway.panel.PanelException;

import org.springframework.web.ErrorResponseException;

/**
 * The one-line audit detail of a failed server action: our problem code, or what the
 * panel answered, never an internal message.
 */
public final class AuditDetail {

	private AuditDetail() {
	}

	/**
	 * The detail of a failure.
	 * @param error what went wrong
	 * @return our problem code, the panel's code and detail, or else only the exception
	 * type; at most 200 characters
	 */
	public static String of(RuntimeException error) {
		String detail;
		if (error instanceof ErrorResponseException response && response.getBody().getProperties() != null
				&& response.getBody().getProperties().get("code") != null) {
			detail = String.valueOf(response.getBody().getProperties().get("code"));
		}
		else if (error instanceof PanelException panel) {
			String code = (panel.panelCode() != null) ? panel.panelCode() : "HTTP " + panel.status();
			detail = "panel " + panel.panel() + " " + code + ": " + panel.detail();
		}
		else {
			detail = error.getClass().getSimpleName();
		}
		return (detail.length() <= ServerAction.MAX_DETAIL) ? detail
				: detail.substring(0, ServerAction.MAX_DETAIL - 1) + "…";
	}

}
