package dev.pterogateway.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipTests {

	private static final List<PanelAccountRef> LINKS = List.of(new PanelAccountRef("main", 7),
			new PanelAccountRef("oci", 12));

	@Test
	void mayAccessWhenCallerIsAdminAllowsEveryServer() {
		Caller admin = new Caller(1, "admin@example.com", Role.ADMIN, List.of(), AuthMethod.JWT);

		assertThat(Ownership.mayAccess(admin, "oci", 999)).isTrue();
	}

	@Test
	void mayAccessWhenOwnerIsLinkedAllowsIt() {
		Caller user = new Caller(2, "player1@example.com", Role.USER, LINKS, AuthMethod.API_KEY);

		assertThat(Ownership.mayAccess(user, "main", 7)).isTrue();
		assertThat(Ownership.mayAccess(user, "oci", 12)).isTrue();
	}

	@Test
	void mayAccessWhenOwnerIdIsLinkedOnAnotherPanelRefuses() {
		Caller user = new Caller(2, "player1@example.com", Role.USER, LINKS, AuthMethod.JWT);

		assertThat(Ownership.mayAccess(user, "oci", 7)).isFalse();
		assertThat(Ownership.mayAccess(user, "main", 12)).isFalse();
		assertThat(Ownership.mayAccess(user, "main", 8)).isFalse();
	}

	@Test
	void mayAccessWhenUserHasNoLinksRefusesEverything() {
		Caller user = new Caller(3, "new@example.com", Role.USER, List.of(), AuthMethod.JWT);

		assertThat(Ownership.mayAccess(user, "main", 7)).isFalse();
	}

}
