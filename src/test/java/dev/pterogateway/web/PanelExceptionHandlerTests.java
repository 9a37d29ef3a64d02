package dev.pterogateway.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelApiNotConfiguredException;
import dev.pterogateway.panel.PanelAuthException;
import dev.pterogateway.panel.PanelConflictException;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelFieldError;
import dev.pterogateway.panel.PanelNotFoundException;
import dev.pterogateway.panel.PanelRateLimitedException;
import dev.pterogateway.panel.PanelUnavailableException;
import dev.pterogateway.panel.PanelValidationException;
import dev.pterogateway.panel.UnknownPanelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel failure becomes a problem with a stable code and a status that says whose
 * fault it is.
 */
@WebMvcTest(controllers = PanelExceptionHandlerTests.FailingController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ PanelExceptionHandler.class, ApiExceptionHandler.class, PanelExceptionHandlerTests.FailingController.class })
class PanelExceptionHandlerTests {

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> failures() {
		return Stream.of(Arguments.of("not-found", 404, "panel_resource_not_found"),
				Arguments.of("offline", 409, "server_offline"), Arguments.of("suspended", 409, "server_state_conflict"),
				Arguments.of("backup-limit", 409, "backup_limit_reached"),
				Arguments.of("validation", 422, "panel_validation_failed"),
				Arguments.of("rate-limited", 503, "panel_rate_limited"),
				Arguments.of("backup-throttle", 429, "backup_throttled"), Arguments.of("timeout", 504, "panel_timeout"),
				Arguments.of("refused", 502, "panel_unavailable"), Arguments.of("auth", 502, "panel_auth_failed"),
				Arguments.of("not-configured", 501, "panel_api_not_configured"),
				Arguments.of("unknown-panel", 404, "unknown_panel"), Arguments.of("unexpected", 502, "panel_error"));
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@MethodSource("failures")
	void failureWhenThrownBecomesProblemWithStatusAndCode(String failure, int status, String code) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/fail/{failure}", failure).exchange();
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
		assertThat(result).bodyJson().extractingPath("$.panel").isEqualTo("oci");
		assertThat(result).bodyJson().extractingPath("$.error").asString().isNotBlank();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("ptlc_").doesNotContain("Exception:");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void failureWhenRateLimitedSaysWhenToRetry(String failure) {
		MvcTestResult result = this.mvc.get().uri("/fail/{failure}", failure).exchange();
		boolean rateLimited = failure.equals("rate-limited") || failure.equals("backup-throttle");
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo(rateLimited ? "30" : null);
	}

	@Test
	void validationWhenPanelRejectsFieldsListsThem() {
		assertThat(this.mvc.get().uri("/fail/validation")).bodyJson()
			.extractingPath("$.fields[0].field")
			.isEqualTo("limits.memory");
	}

	@RestController
	static class FailingController {

		@GetMapping("/fail/{failure}")
		String fail(@PathVariable String failure) {
			throw failure(failure).get();
		}

		private static Supplier<PanelException> failure(String failure) {
			return switch (failure) {
				case "not-found" -> () -> new PanelNotFoundException("oci", "NotFoundHttpException",
						"The requested resource could not be found on the server.");
				case "offline" -> () -> new PanelConflictException("oci", 502, PanelConflictException.SERVER_OFFLINE,
						"Server must be online in order to send commands.");
				case "suspended" -> () -> new PanelConflictException("oci", 409, "ServerStateConflictException",
						"This server is currently suspended and the functionality requested is unavailable.");
				case "backup-limit" -> () -> new PanelConflictException("oci", 400, "TooManyBackupsException",
						"Cannot create a new backup, this server has reached its limit of 5 backups.");
				case "validation" ->
					() -> new PanelValidationException("oci", "The limits.memory field is required.", List
						.of(new PanelFieldError("limits.memory", "required", "The limits.memory field is required.")));
				case "rate-limited" -> () -> new PanelRateLimitedException("oci", PanelApi.CLIENT,
						Duration.ofSeconds(30), 429, "ThrottleRequestsException", "Too Many Attempts.");
				case "backup-throttle" -> () -> new PanelRateLimitedException("oci", PanelApi.CLIENT,
						Duration.ofMillis(29_500), 429, "TooManyRequestsHttpException",
						"Only 2 backups may be generated within a 600 second span of time.");
				case "timeout" -> () -> new PanelUnavailableException("oci", PanelUnavailableException.Reason.TIMEOUT,
						0, null, "panel oci gave no answer within 10s", null);
				case "refused" ->
					() -> new PanelUnavailableException("oci", PanelUnavailableException.Reason.CONNECTION_FAILED, 0,
							null, "panel oci cannot be reached", null);
				case "auth" -> () -> new PanelAuthException("oci", PanelApi.CLIENT, 401, "AuthenticationException",
						"Unauthenticated.");
				case "not-configured" -> () -> new PanelApiNotConfiguredException("oci", PanelApi.APPLICATION);
				case "unknown-panel" -> () -> new UnknownPanelException("oci", List.of("main"));
				default -> () -> new PanelException("oci", 405, "MethodNotAllowedHttpException", "Unexpected.", null);
			};
		}

	}

}
