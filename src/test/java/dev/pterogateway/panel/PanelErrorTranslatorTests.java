package dev.pterogateway.panel;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class PanelErrorTranslatorTests {

	private final PanelErrorTranslator translator = new PanelErrorTranslator("main");

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(
			textBlock = """
					401, AuthenticationException,      Unauthenticated.,                                            PanelAuthException
					403, AccessDeniedHttpException,    This action is unauthorized.,                                PanelAuthException
					400, TwoFactorAuthRequiredException, Two-factor authentication is required.,                    PanelAuthException
					404, NotFoundHttpException,        The requested resource could not be found on the server.,    PanelNotFoundException
					409, ServerStateConflictException, This server is currently suspended.,                         PanelConflictException
					400, TooManyBackupsException,      Cannot create a new backup.,                                 PanelConflictException
					400, BackupLockedException,        Cannot delete a backup that is marked as locked.,            PanelConflictException
					400, DisplayException,             Cannot delete a user with active servers.,                   PanelConflictException
					400, InvalidFilterQuery,           Requested filter(s) `foo` are not allowed.,                  PanelException
					405, MethodNotAllowedHttpException, The GET method is not supported.,                           PanelException
					429, ThrottleRequestsException,    Too Many Attempts.,                                          PanelRateLimitedException
					500, HttpException,                An unexpected error was encountered.,                        PanelUnavailableException
					504, DaemonConnectionException,    Could not establish a connection to the machine.,            PanelUnavailableException
					502, HttpException,                Server must be online in order to send commands.,            PanelConflictException
					""")
	void fromResponseWhenPanelSendsErrorMapsByStatusAndCode(int status, String code, String detail, String type) {
		PanelException error = this.translator.fromResponse(PanelApi.CLIENT, status, new HttpHeaders(),
				body(status, code, detail));
		assertThat(error.getClass().getSimpleName()).isEqualTo(type);
		assertThat(error.panel()).isEqualTo("main");
		assertThat(error.status()).isEqualTo(status);
		assertThat(error.detail()).isEqualTo(detail);
	}

	@Test
	void fromResponseWhenCommandHitsOfflineServerIsConflictWithOwnCode() {
		PanelException error = this.translator.fromResponse(PanelApi.CLIENT, 502, new HttpHeaders(),
				body(502, "HttpException", "Server must be online in order to send commands."));
		assertThat(error).isInstanceOf(PanelConflictException.class);
		assertThat(error.panelCode()).isEqualTo(PanelConflictException.SERVER_OFFLINE);
	}

	@Test
	void fromResponseWhenDaemonUnreachableSaysNode() {
		PanelException error = this.translator.fromResponse(PanelApi.CLIENT, 504, new HttpHeaders(), body(504,
				"DaemonConnectionException", "Could not establish a connection to the machine running this server."));
		assertThat(error).isInstanceOfSatisfying(PanelUnavailableException.class,
				(unavailable) -> assertThat(unavailable.reason())
					.isEqualTo(PanelUnavailableException.Reason.NODE_UNAVAILABLE));
	}

	@Test
	void fromResponseWhenValidationFailsListsEveryField() throws IOException {
		PanelException error = this.translator.fromResponse(PanelApi.APPLICATION, 422, new HttpHeaders(),
				resource("error-validation.json"));
		assertThat(error).isInstanceOfSatisfying(PanelValidationException.class,
				(validation) -> assertThat(validation.fieldErrors()).containsExactly(
						new PanelFieldError("limits.memory", "required", "The limits.memory field is required."),
						new PanelFieldError("signal", "in", "The selected signal is invalid.")));
	}

	@Test
	void fromResponseWhenRateLimitedReadsRetryAfter() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "17");
		PanelException error = this.translator.fromResponse(PanelApi.CLIENT, 429, headers,
				body(429, "ThrottleRequestsException", "Too Many Attempts."));
		assertThat(error).isInstanceOfSatisfying(PanelRateLimitedException.class,
				(limited) -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(17)));
	}

	@Test
	void fromResponseWhenBodyIsHtmlKeepsStatus() {
		PanelException error = this.translator.fromResponse(PanelApi.CLIENT, 502, new HttpHeaders(),
				"<html><body>Bad Gateway</body></html>");
		assertThat(error).isInstanceOf(PanelUnavailableException.class);
		assertThat(error.status()).isEqualTo(502);
		assertThat(error.panelCode()).isNull();
		assertThat(error.getMessage()).contains("main", "502");
	}

	@Test
	void fromResponseWhenKeyIsRejectedNamesTheVariableButNotTheKey() {
		PanelException error = this.translator.fromResponse(PanelApi.APPLICATION, 401, new HttpHeaders(),
				body(401, "AuthenticationException", "Unauthenticated."));
		assertThat(error.getMessage()).contains("application key", "PTERO_PANELS_MAIN_APPLICATION_KEY");
	}

	@Test
	void fromFailureWhenConnectionRefusedIsUnavailable() {
		PanelException error = this.translator.fromFailure(new ConnectException("Connection refused"),
				Duration.ofSeconds(1));
		assertThat(error).isInstanceOfSatisfying(PanelUnavailableException.class,
				(unavailable) -> assertThat(unavailable.reason())
					.isEqualTo(PanelUnavailableException.Reason.CONNECTION_FAILED));
		assertThat(error.status()).isZero();
	}

	@Test
	void fromFailureWhenTimedOutNamesTheTimeout() {
		PanelException error = this.translator.fromFailure(new TimeoutException(), Duration.ofMillis(1500));
		assertThat(error).isInstanceOfSatisfying(PanelUnavailableException.class,
				(unavailable) -> assertThat(unavailable.reason()).isEqualTo(PanelUnavailableException.Reason.TIMEOUT));
		assertThat(error.detail()).contains("1500ms");
	}

	private static String body(int status, String code, String detail) {
		return "{\"errors\":[{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"detail\":\""
				+ detail.replace("`", "\\u0060") + "\"}]}";
	}

	private String resource(String name) throws IOException {
		try (InputStream input = getClass().getResourceAsStream("/panel/" + name)) {
			assertThat(input).isNotNull();
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
