package dev.pterogateway.panel;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Turns what a panel answered (or failed to answer) into the {@link PanelException}
 * family: the one place that knows which panel status and code means what.
 */
final class PanelErrorTranslator {

	/**
	 * Codes of 400 answers that mean our request was wrong, not that the state of things
	 * forbids it.
	 */
	private static final Set<String> OUR_MISTAKES = Set.of("InvalidFilterQuery", "InvalidSortQuery");

	private static final String TWO_FACTOR_REQUIRED = "TwoFactorAuthRequiredException";

	/**
	 * The 429 of the backup throttle (per server) as opposed to the panel-wide
	 * {@code ThrottleRequestsException}.
	 */
	static final String BACKUP_THROTTLE = "TooManyRequestsHttpException";

	private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

	private final String panel;

	PanelErrorTranslator(String panel) {
		this.panel = panel;
	}

	/**
	 * Translates an error answer.
	 * @param api the API that was called
	 * @param status the HTTP status (4xx or 5xx)
	 * @param headers the response headers
	 * @param body the response body, possibly not JSON (a proxy's HTML page)
	 * @return the exception to throw
	 */
	PanelException fromResponse(PanelApi api, int status, HttpHeaders headers, String body) {
		List<PanelErrorBody.Entry> entries = parse(body);
		PanelErrorBody.Entry first = entries.isEmpty() ? null : entries.get(0);
		String code = (first != null) ? first.code() : null;
		String detail = (first != null && first.detail() != null) ? first.detail()
				: "the panel answered HTTP " + status + " without an error description";
		if (status == 401 || status == 403 || TWO_FACTOR_REQUIRED.equals(code)) {
			return new PanelAuthException(this.panel, api, status, (code != null) ? code : "HTTP" + status, detail);
		}
		if (status == 404) {
			return new PanelNotFoundException(this.panel, code, detail);
		}
		if (status == 422) {
			return validation(entries);
		}
		if (status == 429) {
			return new PanelRateLimitedException(this.panel, api, retryAfter(headers), status, code, detail);
		}
		if (status == 409 || (status == 400 && !isOurMistake(code, detail))) {
			return new PanelConflictException(this.panel, status, code, detail);
		}
		if (status == 502 && detail.contains("must be online")) {
			// Wings refuses console commands to a stopped server; the panel passes its
			// 502
			// on. That is the server's state, not an outage.
			return new PanelConflictException(this.panel, status, PanelConflictException.SERVER_OFFLINE, detail);
		}
		if (status >= 500) {
			PanelUnavailableException.Reason reason = "DaemonConnectionException".equals(code)
					? PanelUnavailableException.Reason.NODE_UNAVAILABLE : PanelUnavailableException.Reason.PANEL_ERROR;
			return new PanelUnavailableException(this.panel, reason, status, code, detail, null);
		}
		return new PanelException(this.panel, status, code, detail, null);
	}

	/**
	 * Translates a failure without an HTTP answer: timeout, refused connection, broken
	 * connection, or an answer we could not read.
	 * @param error the failure
	 * @param timeout the panel's timeout, for the message
	 * @return the exception to throw
	 */
	PanelException fromFailure(Throwable error, Duration timeout) {
		if (error instanceof PanelException panelException) {
			return panelException;
		}
		if (hasCause(error, TimeoutException.class) || hasCause(error, ReadTimeoutException.class)) {
			return new PanelUnavailableException(this.panel, PanelUnavailableException.Reason.TIMEOUT, 0, null,
					"no answer within " + format(timeout), error);
		}
		if (hasCause(error, ConnectTimeoutException.class)) {
			return new PanelUnavailableException(this.panel, PanelUnavailableException.Reason.TIMEOUT, 0, null,
					"could not connect in time", error);
		}
		if (hasCause(error, ConnectException.class)) {
			return new PanelUnavailableException(this.panel, PanelUnavailableException.Reason.CONNECTION_FAILED, 0,
					null, "connection refused", error);
		}
		if (hasCause(error, UnknownHostException.class)) {
			return new PanelUnavailableException(this.panel, PanelUnavailableException.Reason.CONNECTION_FAILED, 0,
					null, "unknown host", error);
		}
		if (error instanceof WebClientRequestException) {
			return new PanelUnavailableException(this.panel, PanelUnavailableException.Reason.CONNECTION_FAILED, 0,
					null, "connection failed (" + error.getClass().getSimpleName() + ")", error);
		}
		return new PanelException(this.panel, 0, null,
				"unexpected answer from the panel (" + error.getClass().getSimpleName() + ")", error);
	}

	private PanelValidationException validation(List<PanelErrorBody.Entry> entries) {
		List<PanelFieldError> fields = entries.stream()
			.map((entry) -> new PanelFieldError(
					(entry.meta() != null && entry.meta().sourceField() != null) ? entry.meta().sourceField() : "",
					(entry.meta() != null && entry.meta().rule() != null) ? entry.meta().rule() : "",
					(entry.detail() != null) ? entry.detail() : "is invalid"))
			.toList();
		String detail = fields.isEmpty() ? "the panel rejected the request"
				: fields.stream().map(PanelFieldError::detail).collect(Collectors.joining(" "));
		return new PanelValidationException(this.panel, detail, fields);
	}

	private static boolean isOurMistake(@Nullable String code, String detail) {
		return (code != null && OUR_MISTAKES.contains(code)) || detail.startsWith("The JSON data passed");
	}

	static Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value != null) {
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
			}
			catch (NumberFormatException ex) {
				// An HTTP date; Laravel sends seconds, so fall through to the default.
			}
		}
		return DEFAULT_RETRY_AFTER;
	}

	private static List<PanelErrorBody.Entry> parse(String body) {
		if (body.isBlank()) {
			return List.of();
		}
		try {
			return JsonMapper.shared().readValue(body, PanelErrorBody.class).entries();
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}

	private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
		for (Throwable current = error; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

}
