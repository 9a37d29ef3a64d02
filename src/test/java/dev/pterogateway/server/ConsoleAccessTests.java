package dev.pterogateway.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleAccessTests {

	@Test
	void expiryOfWhenTokenHasExpClaimReadsItWithoutVerifying() {
		String token = jwt("{\"server_uuid\":\"x\",\"exp\":1729771800,\"iat\":1729771200}");

		assertThat(ConsoleAccess.expiryOf(token)).isEqualTo(Instant.ofEpochSecond(1729771800));
	}

	@Test
	void expiryOfWhenTokenIsMalformedOrSilentIsNull() {
		assertThat(ConsoleAccess.expiryOf("not a token")).isNull();
		assertThat(ConsoleAccess.expiryOf("a.%%%.c")).isNull();
		assertThat(ConsoleAccess.expiryOf(jwt("not json"))).isNull();
		assertThat(ConsoleAccess.expiryOf(jwt("{\"iat\":1729771200}"))).isNull();
		assertThat(ConsoleAccess.expiryOf(jwt("{\"exp\":\"soon\"}"))).isNull();
	}

	@Test
	void topicOfWhenServerIsOnPanelNamesTheRelayTopic() {
		assertThat(ConsoleAccess.topicOf("oci", "1a7ce997")).isEqualTo("/topic/servers.oci.1a7ce997.console");
	}

	@Test
	void toStringWhenPrintedHidesTheToken() {
		ConsoleAccess access = new ConsoleAccess("success", "1a7ce997", "oci", URI.create("ws://127.0.0.1/ws"),
				"secret.token.value", null, "/topic/x");

		assertThat(access.toString()).doesNotContain("secret.token.value");
	}

	private static String jwt(String claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
	}

}
