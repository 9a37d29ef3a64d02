package dev.pterogateway.web;

import java.util.Locale;
import java.util.Map;

import dev.pterogateway.panel.PanelApiNotConfiguredException;
import dev.pterogateway.panel.PanelAuthException;
import dev.pterogateway.panel.PanelConflictException;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelNotFoundException;
import dev.pterogateway.panel.PanelRateLimitedException;
import dev.pterogateway.panel.PanelUnavailableException;
import dev.pterogateway.panel.PanelValidationException;
import dev.pterogateway.panel.UnknownPanelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Translates panel failures into problems. Ordered before {@link ApiExceptionHandler},
 * whose catch-all would otherwise turn them into 500s. The panel's own detail text is
 * safe to show; keys never reach an exception message.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PanelExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(PanelExceptionHandler.class);

	/** The panel's conflict codes a client may want to tell apart, by our code. */
	private static final Map<String, String> CONFLICT_CODES = Map.of(PanelConflictException.SERVER_OFFLINE,
			"server_offline", "ServerStateConflictException", "server_state_conflict", "TooManyBackupsException",
			"backup_limit_reached", "BackupLockedException", "backup_locked");

	@ExceptionHandler
	ProblemDetail handleNotFound(PanelNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "panel_resource_not_found", ex);
	}

	@ExceptionHandler
	ProblemDetail handleConflict(PanelConflictException ex) {
		String code = (ex.panelCode() != null) ? CONFLICT_CODES.get(ex.panelCode()) : null;
		return problem(HttpStatus.CONFLICT, (code != null) ? code : "panel_conflict", ex);
	}

	@ExceptionHandler
	ProblemDetail handleValidation(PanelValidationException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "panel_validation_failed", ex);
		problem.setProperty("fields", ex.fieldErrors());
		return problem;
	}

	/**
	 * The panel's per-server backup throttle is the caller's to wait out (429); the
	 * panel-wide limit is shared by every caller of the gateway, so it is our capacity
	 * problem (503).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleRateLimited(PanelRateLimitedException ex) {
		boolean backupThrottle = "TooManyRequestsHttpException".equals(ex.panelCode());
		HttpStatus status = backupThrottle ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
		ProblemDetail problem = problem(status, backupThrottle ? "backup_throttled" : "panel_rate_limited", ex);
		long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
		problem.setProperty("retryAfterSeconds", seconds);
		logger.warn("Panel {} is rate limiting the gateway ({}); retry after {}s", ex.panel(), ex.panelCode(), seconds);
		return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
	}

	@ExceptionHandler
	ProblemDetail handleUnavailable(PanelUnavailableException ex) {
		boolean timeout = ex.reason() == PanelUnavailableException.Reason.TIMEOUT;
		ProblemDetail problem = problem(timeout ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY,
				timeout ? "panel_timeout" : "panel_unavailable", ex);
		problem.setProperty("reason", ex.reason().name().toLowerCase(Locale.ROOT));
		logger.warn("Panel {} unavailable: {}", ex.panel(), ex.reason().description());
		return problem;
	}

	/**
	 * A rejected panel key is our misconfiguration, not the caller's: 502, never 401/403.
	 */
	@ExceptionHandler
	ProblemDetail handleAuth(PanelAuthException ex) {
		logger.error("Panel {} rejected the gateway's key: {}", ex.panel(), ex.detail());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Panel '%s' rejected the gateway's credentials; an operator must fix its key.".formatted(ex.panel()));
		problem.setProperty("code", "panel_auth_failed");
		problem.setProperty("panel", ex.panel());
		return completed(problem);
	}

	@ExceptionHandler
	ProblemDetail handleApiNotConfigured(PanelApiNotConfiguredException ex) {
		return problem(HttpStatus.NOT_IMPLEMENTED, "panel_api_not_configured", ex);
	}

	@ExceptionHandler
	ProblemDetail handleUnknownPanel(UnknownPanelException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown_panel", ex);
		problem.setProperty("knownPanels", ex.known());
		return problem;
	}

	/** Any other panel answer is one we did not expect: the panel's or our bug. */
	@ExceptionHandler
	ProblemDetail handleUnexpected(PanelException ex) {
		logger.error("Unexpected answer from panel {}", ex.panel(), ex);
		return problem(HttpStatus.BAD_GATEWAY, "panel_error", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String code, PanelException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.detail());
		problem.setProperty("code", code);
		problem.setProperty("panel", ex.panel());
		if (ex.panelCode() != null) {
			problem.setProperty("panelCode", ex.panelCode());
		}
		return completed(problem);
	}

	private static ProblemDetail completed(ProblemDetail problem) {
		ProblemCodes.complete(problem);
		return problem;
	}

}
