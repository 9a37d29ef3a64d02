package dev.pterogateway.monitor;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who hears about a server: the enabled gateway users linked to its panel owner, and the
 * enabled administrators.
 */
@Component
class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The gateway users linked to a panel user.
	 * @param panel the panel
	 * @param panelUserId the panel's id of the owner, or {@code null} when unknown
	 * @return the users, none when the owner is unknown or linked to nobody
	 */
	List<Recipient> owners(String panel, @Nullable Long panelUserId) {
		if (panelUserId == null) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT u.id, u.email FROM users u JOIN panel_accounts p ON p.user_id = u.id "
					+ "WHERE p.panel = :panel AND p.panel_user_id = :owner AND u.enabled = TRUE ORDER BY u.id")
			.param("panel", panel)
			.param("owner", panelUserId)
			.query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email")))
			.list();
	}

	/**
	 * The enabled administrators.
	 * @return the administrators
	 */
	List<Recipient> admins() {
		return this.jdbc.sql("SELECT id, email FROM users WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id")
			.query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email")))
			.list();
	}

	/**
	 * A gateway user to notify.
	 *
	 * @param userId the user's id (the STOMP user name)
	 * @param email the user's e-mail
	 */
	record Recipient(long userId, String email) {

	}

}
