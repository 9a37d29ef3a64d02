package dev.pterogateway.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServerStatusTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			# used bytes, limit MiB, max bytes, usage %
			1073741824,   2048,      2147483648, 50.0
			715827882,    2048,      2147483648, 33.33
			3221225472,   2048,      2147483648, 150.0
			0,            1024,      1073741824, 0.0
			""")
	void resourceUsageOfWhenLimitedIsPercentOfLimitInBytes(long used, long limitMib, long max, double usage) {
		ServerStatus.ResourceUsage resource = ServerStatus.ResourceUsage.of(used, limitMib);

		assertThat(resource.used()).isEqualTo(used);
		assertThat(resource.max()).isEqualTo(max);
		assertThat(resource.usage()).isEqualTo(usage);
	}

	@ParameterizedTest
	@CsvSource({ "0", "-1" })
	void resourceUsageOfWhenUnlimitedHasNoMaxAndNoUsage(long limitMib) {
		ServerStatus.ResourceUsage resource = ServerStatus.ResourceUsage.of(123, limitMib);

		assertThat(resource.max()).isZero();
		assertThat(resource.usage()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "150.0, 200, 75.0", "37.482, 100, 37.48", "250, 100, 250.0", "12.5, 50, 25.0" })
	void percentOfWhenCpuHasLimitIsShareOfIt(double cpuAbsolute, int limit, double expected) {
		assertThat(ServerStatus.percentOf(cpuAbsolute, limit)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "stopped, offline", "offline, offline", "running, running", "starting, starting",
			"stopping, stopping" })
	void stateOfWhenPanelSaysStoppedMeansOffline(String panelState, String expected) {
		assertThat(ServerStatus.stateOf(panelState)).isEqualTo(expected);
	}

}
