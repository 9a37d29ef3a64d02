package dev.pterogateway.panel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WingsEventTests {

	@Test
	void toJsonWhenEventHasNoArgumentsOmitsArgs() {
		assertThat(WingsEvent.of("send logs").toJson()).isEqualTo("{\"event\":\"send logs\"}");
		assertThat(WingsEvent.of("send command", "say hi").toJson())
			.isEqualTo("{\"event\":\"send command\",\"args\":[\"say hi\"]}");
	}

	@Test
	void parseWhenFrameIsNotJsonIsEmpty() {
		assertThat(WingsEvent.parse("not json")).isEmpty();
		assertThat(WingsEvent.parse("{\"args\":[\"x\"]}")).isEmpty();
		assertThat(WingsEvent.parse("{\"event\":\"console output\",\"args\":[\"a\",\"b\"]}"))
			.hasValueSatisfying((event) -> assertThat(event.argument()).isEqualTo("ab"));
	}

	@Test
	void toStringWhenAuthHidesTheToken() {
		assertThat(WingsEvent.of("auth", "eyJsecret")).hasToString("WingsEvent[auth, (token hidden)]");
	}

	@Test
	void statsFromWhenEventIsStatsReadsTheWingsPayload() {
		WingsEvent event = WingsEvent.of(WingsEvent.STATS,
				"{\"memory_bytes\":1610612736,\"memory_limit_bytes\":4563402752,\"cpu_absolute\":37.482,"
						+ "\"network\":{\"rx_bytes\":48213504,\"tx_bytes\":9961472},\"uptime\":5423000,"
						+ "\"state\":\"running\",\"disk_bytes\":734003200}");

		assertThat(WingsStats.from(event)).contains(
				new WingsStats("running", 1610612736L, 4563402752L, 37.482, 734003200L, 48213504L, 9961472L, 5423000L));
		assertThat(WingsStats.from(WingsEvent.of(WingsEvent.STATUS, "running"))).isEmpty();
	}

}
