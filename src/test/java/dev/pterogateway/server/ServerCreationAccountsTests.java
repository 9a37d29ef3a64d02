package dev.pterogateway.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCreationAccountsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			alice@example.com,                              alice
			Alice.Smith+games@example.com,                  alice.smith_games
			_bob_@example.com,                              bob
			jo@example.com,                                 user-jo
			-.-@example.com,                                user
			a.very.long.local.part.that.goes.on.and.on@example.com, a.very.long.local.part.that.goes
			""")
	void usernameForWhenEmailIsGivenDerivesAPanelUsername(String email, String username) {
		assertThat(ServerCreationAccounts.usernameFor(email)).isEqualTo(username)
			.matches("[a-z0-9]([a-z0-9_.-]*[a-z0-9])?");
	}

}
