package dev.pterogateway.server;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPasswordTests {

	@Test
	void generateWhenCalledGivesLongPasswordsWithEveryCharacterClass() {
		IntStream.range(0, 500).mapToObj((i) -> ServerPassword.generate().value()).forEach((password) -> {
			assertThat(password).hasSize(24).matches("[A-Za-z0-9]+");
			assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
			assertThat(password).doesNotContainPattern("[Il1O0]");
		});
	}

	@Test
	void generateWhenCalledRepeatedlyNeverRepeats() {
		Set<String> passwords = new HashSet<>();
		IntStream.range(0, 10_000).forEach((i) -> passwords.add(ServerPassword.generate().value()));

		assertThat(passwords).hasSize(10_000);
	}

	@Test
	void toStringWhenPrintedHidesThePassword() {
		ServerPassword password = ServerPassword.generate();

		assertThat(password.toString()).doesNotContain(password.value());
	}

}
