package dev.pterogateway.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The panel's {@code InitiateBackupService} and Wings' backup run: throttle, limit,
 * creation, asynchronous completion with the {@code backup completed} event.
 */
final class Backups {

	private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final SimulatorContext context;

	Backups(SimulatorContext context) {
		this.context = context;
	}

	/**
	 * Starts a backup.
	 * @throws PanelApiException 429 when throttled, 400 at the backup limit
	 */
	Backup create(PanelServer server, @Nullable String name, @Nullable String ignored, boolean locked) {
		PanelModel model = this.context.model();
		checkThrottle(server, model.now());
		int limit = server.featureLimits.backups();
		long nonFailed = server.liveBackups().stream().filter((backup) -> !backup.failed()).count();
		if (limit <= 0 || nonFailed >= limit) {
			throw new PanelApiException(400, "TooManyBackupsException",
					"Cannot create a new backup, this server has reached its limit of " + limit + " backups.");
		}
		Instant now = model.now();
		String backupName = (name != null) ? name : "Backup at " + DEFAULT_NAME.format(now);
		List<String> ignoredFiles = (ignored != null)
				? Arrays.stream(ignored.split("\n")).map(String::trim).filter((line) -> !line.isEmpty()).toList()
				: List.of();
		Backup backup = new Backup(model.newUuid().toString(), backupName, ignoredFiles, locked, now);
		server.backups.add(backup);
		this.context.power().schedule(this.context.settings().backupDuration(), () -> complete(server, backup));
		return backup;
	}

	/** Counts non-failed backups created within the period, deleted ones included. */
	private void checkThrottle(PanelServer server, Instant now) {
		int limit = this.context.settings().backupThrottleLimit();
		Duration period = this.context.settings().backupThrottlePeriod();
		if (limit <= 0) {
			return;
		}
		List<Backup> recent = server.backups.stream()
			.filter((backup) -> !backup.failed() && backup.createdAt.isAfter(now.minus(period)))
			.toList();
		if (recent.size() >= limit) {
			Instant oldest = recent.get(0).createdAt;
			long retryAfter = Math.max(0, Duration.between(now, oldest.plus(period)).toSeconds());
			throw new PanelApiException(429, "TooManyRequestsHttpException", "Only " + limit
					+ " backups may be generated within a " + period.toSeconds() + " second span of time.")
				.withHeader("Retry-After", Long.toString(retryAfter));
		}
	}

	private void complete(PanelServer server, Backup backup) {
		PanelModel model = this.context.model();
		byte[] hash = new byte[20];
		model.random.nextBytes(hash);
		String checksum = HexFormat.of().formatHex(hash);
		backup.successful = true;
		backup.checksum = "sha1:" + checksum;
		backup.bytes = (32L + model.random.nextInt(900)) * 1024 * 1024;
		backup.completedAt = model.now();
		ObjectNode event = Envelope.object();
		event.put("uuid", backup.uuid);
		event.put("is_successful", true);
		event.put("checksum", checksum);
		event.put("checksum_type", "sha1");
		event.put("file_size", backup.bytes);
		model.emit(server, "backup completed", List.of(event.toString()));
	}

	static ObjectNode json(Backup backup) {
		ObjectNode attributes = Envelope.object();
		attributes.put("uuid", backup.uuid);
		attributes.put("is_successful", backup.successful);
		attributes.put("is_locked", backup.locked);
		attributes.put("name", backup.name);
		attributes.set("ignored_files", Envelope.strings(backup.ignoredFiles));
		attributes.put("checksum", backup.checksum);
		attributes.put("bytes", backup.bytes);
		attributes.put("created_at", Envelope.timestamp(backup.createdAt));
		attributes.put("completed_at", Envelope.timestamp(backup.completedAt));
		return Envelope.item("backup", attributes);
	}

}
