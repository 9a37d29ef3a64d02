package dev.pterogateway.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 from the security filter chain, and URLs its firewall refuses, with
 * the same problem+json as the rest of the API ({@code code} and {@code error} included),
 * since these never reach the MVC exception handler. The security configuration takes it
 * by its Spring Security interfaces.
 */
@Component
class SecurityProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

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
	 * in the path) with a 400 problem; why it was refused is not shown, since it names
	 * internals.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejection)
			throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "invalid_url",
				"The request URL was refused: it holds a sequence the gateway does not accept, such as '//', "
						+ "'..', ';', an encoded slash or a control character.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		// these answers have always named their type; Spring 7 leaves it out by default
		problem.setType(ABOUT_BLANK);
		setInstance(problem, request.getRequestURI());
		problem.setProperty("code", code);
		ProblemCodes.complete(problem);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The request URI as sent; one the firewall refused need not parse as a URI, and is
	 * then kept as plain text.
	 */
	private static void setInstance(ProblemDetail problem, String requestUri) {
		try {
			problem.setInstance(new URI(requestUri));
		}
		catch (URISyntaxException ex) {
			problem.setProperty("instance", requestUri);
		}
	}

}
