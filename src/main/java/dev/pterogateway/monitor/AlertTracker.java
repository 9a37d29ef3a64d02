package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.pterogateway.server.DirectoryEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the open alert of every server and kind, applies the {@link AlertPolicy} to each
 * observation, stores the changes, publishes {@link AlertRaised} / {@link AlertCleared}
 * and queues the mails. Open alerts are read back from the database on first use, so a
 * restart neither loses nor repeats them.
 */
@Component
class AlertTracker {

	private static final AlertKind[] RESOURCES = { AlertKind.CPU, AlertKind.MEMORY, AlertKind.DISK };

	private final AlertPolicy policy;

	private final AlertRepository alerts;

	private final Recipients recipients;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final MonitorMetrics metrics;

	private final Clock clock;

	private final Map<String, Track> tracks = new HashMap<>();

	private boolean loaded;

	AlertTracker(MonitorProperties properties, AlertRepository alerts, Recipients recipients,
			Notifications notifications, ApplicationEventPublisher events, MonitorMetrics metrics, Clock clock) {
		this.policy = new AlertPolicy(properties);
		this.alerts = alerts;
		this.recipients = recipients;
		this.notifications = notifications;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Applies the policy to one observation of a server.
	 * @param entry the server
	 * @param stats what was observed, as published
	 * @param previousState the state observed before, or {@code null}
	 * @param stopRequested whether a stop was requested since the previous observation
	 */
	synchronized void observe(DirectoryEntry entry, ServerStatsSampled stats, @Nullable String previousState,
			boolean stopRequested) {
		load();
		Subject subject = new Subject(entry.panel(), entry.identifier(), entry.name(), entry.ownerId());
		for (AlertKind kind : RESOURCES) {
			Double value = (kind == AlertKind.CPU) ? stats.cpu()
					: ((kind == AlertKind.MEMORY) ? stats.memory().usage() : stats.disk().usage());
			Track track = track(entry.panel(), entry.identifier(), kind);
			AlertLevel wanted = this.policy.resourceLevel(kind, value, track.openLevel);
			apply(track, subject, kind, wanted, value);
		}
		Track crash = track(entry.panel(), entry.identifier(), AlertKind.CRASH);
		AlertLevel wanted = this.policy.crashLevel(previousState, stats.state(), stopRequested, crash.openLevel);
		apply(crash, subject, AlertKind.CRASH, wanted, null);
	}

	/**
	 * Raises or clears a panel's {@code panel_unreachable} alert.
	 * @param panel the panel
	 * @param reachable whether it answered this sweep
	 * @param detail why not, when it did not
	 */
	synchronized void panel(String panel, boolean reachable, String detail) {
		load();
		Track track = track(panel, null, AlertKind.PANEL_UNREACHABLE);
		Subject subject = new Subject(panel, null, null, null);
		subject.detail = detail;
		apply(track, subject, AlertKind.PANEL_UNREACHABLE, reachable ? null : AlertLevel.CRITICAL, null);
	}

	private void apply(Track track, Subject subject, AlertKind kind, @Nullable AlertLevel wanted,
			@Nullable Double value) {
		Instant now = this.clock.instant();
		AlertPolicy.Transition transition = this.policy.transition(track.openLevel, wanted,
				(wanted != null) ? track.lastRaised.get(wanted) : null, now);
		@Nullable Alert cleared = null;
		List<Recipients.Recipient> clearedOwners = List.of();
		if (transition.clear() && track.openId != null) {
			cleared = this.alerts.clear(track.openId, now);
			track.openId = null;
			track.openLevel = null;
			clearedOwners = owners(cleared);
			this.events.publishEvent(new AlertCleared(cleared, userIds(clearedOwners)));
		}
		AlertLevel level = transition.raise();
		if (level == null) {
			return;
		}
		Double threshold = isResource(kind) ? this.policy.thresholdOf(kind, level) : null;
		Alert raised = this.alerts.insert(new AlertRepository.NewAlert(subject.panel, subject.identifier, subject.name,
				subject.ownerId, kind, level, value, threshold, message(kind, subject, value, threshold), now));
		track.openId = raised.id();
		track.openLevel = level;
		this.metrics.alertFired(kind, level);
		List<Recipients.Recipient> owners = (cleared != null && sameOwner(cleared, raised)) ? clearedOwners
				: owners(raised);
		this.events.publishEvent(new AlertRaised(raised, userIds(owners)));
		if (!transition.quiet()) {
			track.lastRaised.put(level, now);
			this.notifications.alertRaised(raised, owners, this.recipients::admins);
		}
	}

	private List<Recipients.Recipient> owners(Alert alert) {
		return this.recipients.owners(alert.panel(), alert.ownerId());
	}

	private static boolean sameOwner(Alert one, Alert other) {
		return one.panel().equals(other.panel()) && Objects.equals(one.ownerId(), other.ownerId());
	}

	private static List<Long> userIds(List<Recipients.Recipient> recipients) {
		return recipients.stream().map(Recipients.Recipient::userId).toList();
	}

	private static String message(AlertKind kind, Subject subject, @Nullable Double value, @Nullable Double threshold) {
		String server = (subject.name != null) ? subject.name + " (" + subject.panel + ":" + subject.identifier + ")"
				: subject.panel + ":" + subject.identifier;
		if (kind == AlertKind.CRASH) {
			return "Server " + server + " went offline without a stop request";
		}
		if (kind == AlertKind.PANEL_UNREACHABLE) {
			return "Panel " + subject.panel + " is unreachable: " + subject.detail;
		}
		return String.format(Locale.ROOT, "%s of server %s at %.1f %% of its limit (threshold %.0f %%)",
				kind.wireValue().toUpperCase(Locale.ROOT), server, (value != null) ? value : 0.0,
				(threshold != null) ? threshold : 0.0);
	}

	private static boolean isResource(AlertKind kind) {
		return kind == AlertKind.CPU || kind == AlertKind.MEMORY || kind == AlertKind.DISK;
	}

	private Track track(String panel, @Nullable String identifier, AlertKind kind) {
		return this.tracks.computeIfAbsent(panel + "|" + identifier + "|" + kind, (key) -> new Track());
	}

	private void load() {
		if (this.loaded) {
			return;
		}
		for (Alert alert : this.alerts.open()) {
			Track track = track(alert.panel(), alert.serverId(), AlertKind.fromWire(alert.kind()));
			track.openId = alert.id();
			track.openLevel = AlertLevel.fromWire(alert.level());
			track.lastRaised.put(track.openLevel, alert.raisedAt());
		}
		this.loaded = true;
	}

	/** The open alert of one server and kind, and when each level last fired. */
	private static final class Track {

		@Nullable Long openId;

		@Nullable AlertLevel openLevel;

		final Map<AlertLevel, Instant> lastRaised = new EnumMap<>(AlertLevel.class);

	}

	/** What an alert is about. */
	private static final class Subject {

		final String panel;

		final @Nullable String identifier;

		final @Nullable String name;

		final @Nullable Long ownerId;

		String detail = "";

		Subject(String panel, @Nullable String identifier, @Nullable String name, @Nullable Integer ownerId) {
			this.panel = panel;
			this.identifier = identifier;
			this.name = name;
			this.ownerId = (ownerId != null) ? Long.valueOf(ownerId) : null;
		}

	}

}
