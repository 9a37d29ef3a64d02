package dev.pterogateway.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code metric_samples} (raw) and {@code metric_samples_5m} (5-minute averages)
 * tables.
 */
@Repository
class SampleStore {

	static final String RAW = "metric_samples";

	static final String FIVE_MINUTES = "metric_samples_5m";

	private static final String COLUMNS = "panel, identifier, state, cpu, cpu_absolute, memory_bytes, disk_bytes, "
			+ "network_in, network_out, uptime_ms";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SampleStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(List<MetricSample> samples) {
		if (samples.isEmpty()) {
			return;
		}
		this.template.batchUpdate(
				"INSERT INTO metric_samples (sampled_at, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				samples, samples.size(), (statement, sample) -> {
					statement.setTimestamp(1, Timestamp.from(sample.at()));
					statement.setString(2, sample.panel());
					statement.setString(3, sample.identifier());
					statement.setString(4, sample.state());
					statement.setObject(5, sample.cpu());
					statement.setDouble(6, sample.cpuAbsolute());
					statement.setLong(7, sample.memory());
					statement.setLong(8, sample.disk());
					statement.setLong(9, sample.networkIn());
					statement.setLong(10, sample.networkOut());
					statement.setLong(11, sample.uptime());
				});
	}

	/**
	 * Stores bucket averages, each under the bucket start its average carries.
	 */
	void insertAverages(List<Averages.Bucket> buckets) {
		if (buckets.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		for (Averages.Bucket bucket : buckets) {
			MetricSample sample = bucket.average();
			rows.add(new Object[] { Timestamp.from(sample.at()), bucket.samples(), sample.panel(), sample.identifier(),
					sample.state(), sample.cpu(), sample.cpuAbsolute(), sample.memory(), sample.disk(),
					sample.networkIn(), sample.networkOut(), sample.uptime() });
		}
		this.template.batchUpdate("INSERT INTO metric_samples_5m (bucket_start, samples, " + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/**
	 * The latest raw samples of a server, oldest first.
	 */
	List<MetricSample> recent(String panel, String identifier, int count) {
		List<MetricSample> newest = new ArrayList<>(this.jdbc
			.sql("SELECT sampled_at AS at, " + COLUMNS + " FROM metric_samples WHERE panel = :panel "
					+ "AND identifier = :identifier ORDER BY sampled_at DESC, id DESC LIMIT :count")
			.param("panel", panel)
			.param("identifier", identifier)
			.param("count", count)
			.query(SampleStore::map)
			.list());
		Collections.reverse(newest);
		return newest;
	}

	/**
	 * A server's samples in a time range from one table, oldest first.
	 */
	List<MetricSample> range(String table, String panel, String identifier, Instant from, Instant to, int limit) {
		String time = RAW.equals(table) ? "sampled_at" : "bucket_start";
		return this.jdbc
			.sql("SELECT " + time + " AS at, " + COLUMNS + " FROM " + table + " WHERE panel = :panel AND identifier = "
					+ ":identifier AND " + time + " >= :from AND " + time + " < :to ORDER BY " + time + " LIMIT :limit")
			.param("panel", panel)
			.param("identifier", identifier)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query(SampleStore::map)
			.list();
	}

	/**
	 * Every raw sample in a time range, ordered by server and time.
	 */
	List<MetricSample> rawBetween(Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT sampled_at AS at, " + COLUMNS + " FROM metric_samples WHERE sampled_at >= :from "
					+ "AND sampled_at < :to ORDER BY panel, identifier, sampled_at")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(SampleStore::map)
			.list();
	}

	@Nullable Instant oldestRaw() {
		return this.jdbc.sql("SELECT MIN(sampled_at) AS t FROM metric_samples")
			.query((rs, row) -> Optional.ofNullable(AlertRepository.nullableInstant(rs, "t")))
			.list()
			.stream()
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	@Nullable Instant latestBucket() {
		return this.jdbc.sql("SELECT MAX(bucket_start) AS t FROM metric_samples_5m")
			.query((rs, row) -> Optional.ofNullable(AlertRepository.nullableInstant(rs, "t")))
			.list()
			.stream()
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Deletes the rows of a table older than a time, at most one batch.
	 * @return the rows deleted
	 */
	int deleteOlderThan(String table, Instant before, int batchSize) {
		String time = RAW.equals(table) ? "sampled_at" : "bucket_start";
		return this.jdbc
			.sql("DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE " + time
					+ " < :before ORDER BY id LIMIT :batch)")
			.param("before", Timestamp.from(before))
			.param("batch", batchSize)
			.update();
	}

	long count(String table, String panel, String identifier) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE panel = :panel AND identifier = :identifier")
			.param("panel", panel)
			.param("identifier", identifier)
			.query(Long.class)
			.single();
	}

	private static MetricSample map(ResultSet rs, int row) throws SQLException {
		return new MetricSample(rs.getString("panel"), rs.getString("identifier"), AlertRepository.instant(rs, "at"),
				rs.getString("state"), AlertRepository.nullableDouble(rs, "cpu"), rs.getDouble("cpu_absolute"),
				rs.getLong("memory_bytes"), rs.getLong("disk_bytes"), rs.getLong("network_in"),
				rs.getLong("network_out"), rs.getLong("uptime_ms"));
	}

}
