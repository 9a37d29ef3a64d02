package dev.pterogateway.auth;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rules of user administration that need a database of their own: the gateway never loses
 * its last enabled administrator.
 */
@AccountsSlice
class UserAdminServiceTests {

	@Autowired
	private UserAdminService admin;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void updateWhenLastEnabledAdminWouldGoRefusesAndKeepsIt() {
		this.jdbc.update("update users set enabled = false where role = 'ADMIN'");
		User only = create(Role.ADMIN);
		Caller caller = new Caller(only.getId(), only.getEmail(), Role.ADMIN, List.of(), AuthMethod.JWT);

		assertThatExceptionOfType(LastAdminException.class)
			.isThrownBy(() -> this.admin.update(only.getId(), new UserUpdate(null, false), caller, "127.0.0.1"));
		assertThatExceptionOfType(LastAdminException.class)
			.isThrownBy(() -> this.admin.update(only.getId(), new UserUpdate(Role.USER, null), caller, "127.0.0.1"));
		assertThat(this.admin.get(only.getId()).enabled()).isTrue();
		assertThat(this.admin.get(only.getId()).role()).isEqualTo(Role.ADMIN);

		User second = create(Role.ADMIN);
		assertThat(this.admin.update(only.getId(), new UserUpdate(Role.USER, null), caller, "127.0.0.1").role())
			.isEqualTo(Role.USER);
		assertThat(this.admin.get(second.getId()).role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void updateWhenNothingChangesKeepsTheUser() {
		User user = create(Role.USER);
		Caller caller = new Caller(1, "admin@example.com", Role.ADMIN, List.of(), AuthMethod.JWT);

		UserAccount updated = this.admin.update(user.getId(), new UserUpdate(null, null), caller, "127.0.0.1");

		assertThat(updated.role()).isEqualTo(Role.USER);
		assertThat(updated.enabled()).isTrue();
	}

	private User create(Role role) {
		return this.accounts.create("a-" + UUID.randomUUID() + "@example.test", null, "some password", role);
	}

}
