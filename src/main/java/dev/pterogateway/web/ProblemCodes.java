package dev.pterogateway.web;

import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * Completes the two properties every error of the gateway carries besides RFC 9457's own:
 * {@code code}, a stable snake_case name a client can switch on, and {@code error}, the
 * human message (what the seed API's clients read). Exceptions set their own
 * {@code code}; whatever lacks one gets the status's generic code here.
 */
final class ProblemCodes {

	private static final Map<Integer, String> BY_STATUS = Map.ofEntries(Map.entry(400, "bad_request"),
			Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"), Map.entry(404, "not_found"),
			Map.entry(405, "method_not_allowed"), Map.entry(406, "not_acceptable"), Map.entry(409, "conflict"),
			Map.entry(413, "payload_too_large"), Map.entry(415, "unsupported_media_type"),
			Map.entry(422, "unprocessable"), Map.entry(429, "rate_limited"), Map.entry(500, "internal_error"),
			Map.entry(502, "bad_gateway"), Map.entry(503, "unavailable"), Map.entry(504, "gateway_timeout"));

	private ProblemCodes() {
	}

	/**
	 * Adds {@code code} and {@code error} to a problem that lacks them (Spring's own
	 * problems).
	 * @param problem the problem to complete
	 */
	static void complete(ProblemDetail problem) {
		Map<String, Object> properties = problem.getProperties();
		if (properties == null || !properties.containsKey("code")) {
			problem.setProperty("code", BY_STATUS.getOrDefault(problem.getStatus(), "error"));
		}
		if (properties == null || !properties.containsKey("error")) {
			String detail = problem.getDetail();
			problem.setProperty("error", (detail != null) ? detail : problem.getTitle());
		}
	}

}
