package dev.pterogateway.monitor;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailComposerTests {

	private static final MailProperties PROPERTIES = new MailProperties("gw@example.test",
			URI.create("https://gw.example.test/"), Duration.ofSeconds(5), 3, Duration.ofDays(7),
			Duration.ofSeconds(30), Duration.ofHours(1), 20);

	@Test
	void alertWhenComposedCarriesServerPanelValuesAndLinkInTextAndEscapedHtml() {
		Alert alert = new Alert(7, "oci", "1a7ce997", "<Lobby>", "memory", "critical", 96.5, 95.0,
				"MEMORY of server <Lobby> at 96.5 %", Instant.parse("2026-01-01T12:00:00Z"), null, null, null, 3L);

		Mail mail = new MailComposer(PROPERTIES).alert(alert, "owner@example.test");

		assertThat(mail.recipient()).isEqualTo("owner@example.test");
		assertThat(mail.subject()).isEqualTo("[ptero-gateway] CRITICAL memory: <Lobby> (oci:1a7ce997)");
		assertThat(mail.text()).contains("Panel: oci", "96.5 % (threshold 95 %)",
				"https://gw.example.test/api/alerts?server=oci:1a7ce997");
		assertThat(mail.html()).contains("&lt;Lobby&gt;").doesNotContain("<Lobby>");
	}

	@Test
	void panelAlertWhenComposedLinksToAllAlerts() {
		Alert alert = new Alert(8, "main", null, null, "panel_unreachable", "critical", null, null,
				"Panel main is unreachable", Instant.parse("2026-01-01T12:00:00Z"), null, null, null, null);

		Mail mail = new MailComposer(PROPERTIES).alert(alert, "admin@example.test");

		assertThat(mail.subject()).contains("panel main");
		assertThat(mail.text()).contains("https://gw.example.test/api/alerts\n");
	}

	@Test
	void backoffWhenAttemptsFailDoublesUpToTheMaximum() {
		assertThat(OutboxSender.backoff(PROPERTIES, 0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(OutboxSender.backoff(PROPERTIES, 1)).isEqualTo(Duration.ofSeconds(60));
		assertThat(OutboxSender.backoff(PROPERTIES, 3)).isEqualTo(Duration.ofSeconds(240));
		assertThat(OutboxSender.backoff(PROPERTIES, 9)).isEqualTo(Duration.ofHours(1));
		assertThat(OutboxSender.backoff(PROPERTIES, 500)).isEqualTo(Duration.ofHours(1));
	}

}
