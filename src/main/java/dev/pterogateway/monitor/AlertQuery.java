package dev.pterogateway.monitor;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Parses the filters of {@code GET /api/alerts}; a bad one answers 400
 * {@code validation_failed}.
 */
final class AlertQuery {

	private AlertQuery() {
	}

	static @Nullable AlertLevel level(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		String value = level.trim().toLowerCase(Locale.ROOT);
		if ("warning".equals(value)) {
			return AlertLevel.WARNING;
		}
		if ("critical".equals(value)) {
			return AlertLevel.CRITICAL;
		}
		throw invalid("'level' must be warning or critical.");
	}

	static @Nullable Boolean open(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String value = status.trim().toLowerCase(Locale.ROOT);
		if ("open".equals(value)) {
			return Boolean.TRUE;
		}
		if ("cleared".equals(value)) {
			return Boolean.FALSE;
		}
		throw invalid("'status' must be open or cleared.");
	}

	static int limit(int limit) {
		if (limit < 1 || limit > 500) {
			throw invalid("'limit' must be between 1 and 500.");
		}
		return limit;
	}

	private static ErrorResponseException invalid(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("code", "validation_failed");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
