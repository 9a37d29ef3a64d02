package dev.pterogateway.realtime;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RealtimeApiDescriptionTests {

	@Test
	void sectionWhenLimitsAreDefaultNamesThem() {
		String section = description(Duration.ofSeconds(10), DataSize.ofKilobytes(512), Duration.ofSeconds(10));

		assertThat(section).contains("Heartbeats: 10 s both ways",
				"(512 KB buffered or a send blocked 10 s) is disconnected", "at 97.5 % of its limit (threshold 95 %)");
	}

	@Test
	void sectionDocumentsTheConsoleRelayAndItsCommands() {
		String section = description(Duration.ofSeconds(10), DataSize.ofKilobytes(512), Duration.ofSeconds(10));

		assertThat(section).contains("`/topic/servers.{panel}.{id}.console`", "`/app/servers.{panel}.{id}.command`",
				"`/user/queue/errors`", "{\"type\":\"line\"", "{\"type\":\"error\",\"code\":\"console_auth_failed\"");
	}

	@Test
	void sectionWhenLimitsAreConfiguredNamesTheConfiguredValues() {
		String section = description(Duration.ofMillis(2500), DataSize.ofMegabytes(2), Duration.ofSeconds(3));

		assertThat(section).contains("Heartbeats: 2500 ms both ways",
				"(2 MB buffered or a send blocked 3 s) is disconnected");
	}

	private static String description(Duration heartbeat, DataSize buffer, Duration sendTimeLimit) {
		return new RealtimeApiDescription(new RealtimeProperties(List.of("*"), heartbeat, buffer, sendTimeLimit, 150))
			.section();
	}

}
