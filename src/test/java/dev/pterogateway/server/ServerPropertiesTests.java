package dev.pterogateway.server;

import java.util.List;

import dev.pterogateway.auth.AuthMethod;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.PanelAccountRef;
import dev.pterogateway.auth.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPropertiesTests {

	private static final Caller ADMIN = new Caller(1, "admin@example.test", Role.ADMIN, List.of(), AuthMethod.JWT);

	private static final Caller OWNER = new Caller(2, "owner@example.test", Role.USER,
			List.of(new PanelAccountRef("main", 7)), AuthMethod.API_KEY);

	@Test
	void allowsDeletionByWhenOwnersMayNotAllowsAdministratorsOnly() {
		ServerProperties properties = new ServerProperties(false, false);

		assertThat(properties.allowsDeletionBy(ADMIN)).isTrue();
		assertThat(properties.allowsDeletionBy(OWNER)).isFalse();
	}

	@Test
	void allowsDeletionByWhenOwnersMayAllowsBoth() {
		ServerProperties properties = new ServerProperties(true, false);

		assertThat(properties.allowsDeletionBy(ADMIN)).isTrue();
		assertThat(properties.allowsDeletionBy(OWNER)).isTrue();
	}

}
