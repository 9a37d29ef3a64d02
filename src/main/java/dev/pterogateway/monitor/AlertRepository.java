package dev.pterogateway.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.pterogateway.auth.PanelAccountRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code alerts} table.
 */
@Repository
class AlertRepository {

	private static final String COLUMNS = "id, panel, identifier, server_name, owner_id, kind, level, alert_value, "
			+ "threshold, message, raised_at, cleared_at, acknowledged_at, acknowledged_by";

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Alert insert(NewAlert alert) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO alerts (panel, identifier, server_name, owner_id, kind, level, alert_value, threshold, "
					+ "message, raised_at) VALUES (:panel, :identifier, :name, :owner, :kind, :level, :value, "
					+ ":threshold, :message, :raisedAt)")
			.param("panel", alert.panel())
			.param("identifier", alert.identifier())
			.param("name", alert.serverName())
			.param("owner", alert.ownerId())
			.param("kind", alert.kind().wireValue())
			.param("level", alert.level().wireValue())
			.param("value", alert.value())
			.param("threshold", alert.threshold())
			.param("message", alert.message())
			.param("raisedAt", Timestamp.from(alert.raisedAt()))
			.update(keys, "id");
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("No id for the new alert");
		}
		return find(id.longValue()).orElseThrow();
	}

	Alert clear(long id, Instant at) {
		this.jdbc.sql("UPDATE alerts SET cleared_at = :at WHERE id = :id AND cleared_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
		return find(id).orElseThrow();
	}

	Alert acknowledge(long id, String by, Instant at) {
		this.jdbc.sql("UPDATE alerts SET acknowledged_at = :at, acknowledged_by = :by WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", id)
			.update();
		return find(id).orElseThrow();
	}

	Optional<Alert> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE id = :id")
			.param("id", id)
			.query(AlertRepository::map)
			.optional();
	}

	List<Alert> open() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE cleared_at IS NULL ORDER BY id")
			.query(AlertRepository::map)
			.list();
	}

	/**
	 * Alerts matching a filter, newest first.
	 * @param filter the filter
	 * @param visible the panel accounts whose servers the caller sees, or {@code null}
	 * for all alerts (administrators)
	 * @return the alerts
	 */
	List<Alert> search(AlertFilter filter, @Nullable List<PanelAccountRef> visible) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alerts WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (visible != null) {
			if (visible.isEmpty()) {
				return List.of();
			}
			sql.append(" AND (");
			for (int i = 0; i < visible.size(); i++) {
				sql.append((i > 0) ? " OR " : "").append("(panel = ? AND owner_id = ? AND identifier IS NOT NULL)");
				params.add(visible.get(i).panel());
				params.add(visible.get(i).panelUserId());
			}
			sql.append(")");
		}
		if (filter.panel() != null) {
			sql.append(" AND panel = ?");
			params.add(filter.panel());
		}
		if (filter.identifier() != null) {
			sql.append(" AND identifier = ?");
			params.add(filter.identifier());
		}
		if (filter.level() != null) {
			sql.append(" AND level = ?");
			params.add(filter.level().wireValue());
		}
		if (filter.open() != null) {
			sql.append(filter.open() ? " AND cleared_at IS NULL" : " AND cleared_at IS NOT NULL");
		}
		sql.append(" ORDER BY raised_at DESC, id DESC LIMIT ?");
		params.add(filter.limit());
		return this.jdbc.sql(sql.toString()).params(params).query(AlertRepository::map).list();
	}

	private static Alert map(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getLong("id"), rs.getString("panel"), rs.getString("identifier"),
				rs.getString("server_name"), rs.getString("kind"), rs.getString("level"),
				nullableDouble(rs, "alert_value"), nullableDouble(rs, "threshold"), rs.getString("message"),
				instant(rs, "raised_at"), nullableInstant(rs, "cleared_at"), nullableInstant(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), nullableLong(rs, "owner_id"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant instant = nullableInstant(rs, column);
		if (instant == null) {
			throw new IllegalStateException(column + " is null");
		}
		return instant;
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * An alert to store.
	 */
	record NewAlert(String panel, @Nullable String identifier, @Nullable String serverName, @Nullable Long ownerId,
			AlertKind kind, AlertLevel level, @Nullable Double value, @Nullable Double threshold, String message,
			Instant raisedAt) {

	}

}
