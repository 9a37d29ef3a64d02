package dev.pterogateway.auth;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyTokenTests {

	@Test
	void generateWhenCalledMakesKeyOfDocumentedForm() {
		ApiKeyToken token = ApiKeyToken.generate();

		assertThat(token.value()).matches("pgw_[a-z0-9]{8}[A-Za-z0-9]{40}");
		assertThat(token.value()).startsWith("pgw_" + token.prefix());
	}

	@Test
	void generateWhenCalledRepeatedlyNeverRepeats() {
		Set<String> values = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			values.add(ApiKeyToken.generate().value());
		}

		assertThat(values).hasSize(1000);
	}

	@Test
	void parseWhenGivenGeneratedValueReadsItBack() {
		ApiKeyToken token = ApiKeyToken.generate();

		assertThat(ApiKeyToken.parse(token.value())).contains(token);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "pgw_", "pgw_abcd1234", "pgw_abcd1234short",
			"pgw_ABCD1234" + "x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0", "ptla_abcd1234x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0",
			"pgw_abcd1234x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0!", "pgw_abcd1234 x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0" })
	void parseWhenValueHasWrongFormFindsNothing(String value) {
		assertThat(ApiKeyToken.parse(value)).isEmpty();
	}

	@Test
	void secretHashWhenComputedIsSha256OfTheSecretOnly() {
		ApiKeyToken token = new ApiKeyToken("abcd1234", "abc");

		assertThat(token.secretHash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void toStringWhenPrintedShowsOnlyMaskedKey() {
		ApiKeyToken token = ApiKeyToken.generate();

		assertThat(token.toString()).isEqualTo("pgw_" + token.prefix() + "…").doesNotContain(token.secret());
		assertThat(ApiKeyToken.mask("abcd1234")).isEqualTo("pgw_abcd1234…");
	}

	@Test
	void matchesWhenDigestsDifferInLastCharacterIsFalse() {
		String digest = TokenDigest.sha256Hex("secret");

		assertThat(TokenDigest.matches(digest, TokenDigest.sha256Hex("secret"))).isTrue();
		assertThat(TokenDigest.matches(digest, digest.substring(0, 63) + "0")).isEqualTo(digest.endsWith("0"));
		assertThat(TokenDigest.matches(digest, TokenDigest.sha256Hex("Secret"))).isFalse();
	}

}
