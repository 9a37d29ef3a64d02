package dev.pterogateway.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServerRefTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			1a7ce997,                                       , 1a7ce997
			oci:1a7ce997,                                   oci, 1a7ce997
			' OCI:1A7CE997 ',                               oci, 1a7ce997
			1a7ce997-259b-452e-8b4e-cecc464142ca,           , 1a7ce997
			main:1a7ce997-259b-452e-8b4e-cecc464142ca,      main, 1a7ce997
			eu-west_2:00000000,                             eu-west_2, 00000000
			""")
	void parseWhenIdHasAnAcceptedFormReadsPanelAndIdentifier(String id, String panel, String identifier) {
		ServerRef ref = ServerRef.parse(id);

		assertThat(ref.panel()).isEqualTo(panel);
		assertThat(ref.identifier()).isEqualTo(identifier);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1a7ce99", "1a7ce9977", "zzzzzzzz", ":1a7ce997", "oci:", "oci:1a7ce997:x", "../1a7ce997",
			"oci 1a7ce997", "1a7ce997-259b" })
	void parseWhenIdIsMalformedThrowsInvalidServerId(String id) {
		assertThatExceptionOfType(InvalidServerIdException.class).isThrownBy(() -> ServerRef.parse(id))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("code", "invalid_server_id"));
	}

	@ParameterizedTest
	@CsvSource({ "1a7ce997, 1a7ce997", "oci:1a7ce997, oci:1a7ce997" })
	void toStringWhenParsedGivesTheCanonicalForm(String id, String expected) {
		assertThat(ServerRef.parse(id)).hasToString(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1a7ce997", "main:1a7ce997" })
	void onWhenPanelIsKnownQualifiesTheReference(String id) {
		assertThat(ServerRef.parse(id).on("oci")).isEqualTo(new ServerRef("oci", "1a7ce997"));
	}

}
