package dev.pterogateway.auth;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	private final PasswordEncoder encoder = PasswordHashing.encoder();

	@Test
	void encodeWhenCalledUsesSaltedBcryptOverSha256() {
		String first = this.encoder.encode("correct horse battery");
		String second = this.encoder.encode("correct horse battery");

		assertThat(first).startsWith("{bcrypt-sha256}$2a$10$").isNotEqualTo(second);
		assertThat(this.encoder.matches("correct horse battery", first)).isTrue();
		assertThat(this.encoder.matches("correct horse batterY", first)).isFalse();
	}

	@Test
	void matchesWhenPasswordsDifferAfterSeventyTwoBytesTellsThemApart() {
		String common = "é".repeat(64);
		String hash = this.encoder.encode(common + "one");

		assertThat(this.encoder.matches(common + "one", hash)).isTrue();
		assertThat(this.encoder.matches(common + "two", hash)).isFalse();
	}

	@Test
	void matchesWhenHashIsPlainBcryptAcceptsItAndAsksForUpgrade() {
		String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("an older password");

		assertThat(this.encoder.matches("an older password", legacy)).isTrue();
		assertThat(this.encoder.upgradeEncoding(legacy)).isTrue();
		assertThat(this.encoder.upgradeEncoding(this.encoder.encode("a current password"))).isFalse();
	}

}
