package dev.pterogateway.auth;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Answers 401 and 403 from the security filter chain with the same problem+json as the
 * rest of the API ({@code code} and {@code error} included), since these never reach the
 * MVC exception handler.
 */
class SecurityProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	SecurityProblemWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean tokenPresented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		String detail = tokenPresented ? "The bearer token is invalid, expired or revoked, or its user is disabled."
				: "Authentication is required: send Authorization: Bearer <access token or API key>.";
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Only administrators may do this.");
	}

	/**
	 * Answers a request the firewall refused (such as {@code //}, {@code ..} or {@code ;}
	 * in the path) with a 400 problem.
	 * @param request the request
	 * @param response the response
	 * @param rejection why the firewall refused it (not shown: it names internals)
	 * @throws IOException if the answer cannot be written
	 */
	void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejection)
			throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "invalid_url",
				"The request URL was refused: it holds a sequence the gateway does not accept, such as '//', "
						+ "'..', ';', an encoded slash or a control character.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		problem.put("code", code);
		problem.put("error", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
