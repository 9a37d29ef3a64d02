package dev.pterogateway.server;

import dev.pterogateway.panel.WingsConnectionException;
import dev.pterogateway.panel.WingsConnectionException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleUnavailableExceptionTests {

	private static final ServerRef SERVER = new ServerRef("oci", "1a7ce997");

	@Test
	void createWhenWingsRefusedTheTokenIsBadGatewayConsoleAuthFailed() {
		ConsoleUnavailableException ex = new ConsoleUnavailableException(SERVER,
				new WingsConnectionException(Reason.AUTH_FAILED, "refused"));

		assertThat(ex.getStatusCode().value()).isEqualTo(502);
		assertThat(ex.getBody().getProperties()).containsEntry("code", "console_auth_failed")
			.containsEntry("panel", "oci")
			.containsEntry("id", "1a7ce997");
	}

	@Test
	void createWhenConsoleCannotBeReachedIsServiceUnavailable() {
		ConsoleUnavailableException ex = new ConsoleUnavailableException(SERVER,
				new WingsConnectionException(Reason.UNAVAILABLE, "no answer"));

		assertThat(ex.getStatusCode().value()).isEqualTo(503);
		assertThat(ex.getBody().getProperties()).containsEntry("code", "console_unavailable");
	}

}
