package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The alert rules, without state of their own: which level a value deserves given the
 * alert already open (thresholds with hysteresis), whether a state change is a crash, and
 * what to do about the difference between the open and the wanted level (cooldown).
 */
final class AlertPolicy {

	private final MonitorProperties properties;

	AlertPolicy(MonitorProperties properties) {
		this.properties = properties;
	}

	/**
	 * The level a resource value deserves. A value at or above a threshold raises that
	 * level; an open level holds until the value falls below its threshold minus the
	 * hysteresis.
	 * @param kind {@link AlertKind#CPU}, {@link AlertKind#MEMORY} or
	 * {@link AlertKind#DISK}
	 * @param value percent of the limit, or {@code null} without a limit
	 * @param open the level of the alert open now, or {@code null}
	 * @return the level, or {@code null} for none
	 */
	@Nullable AlertLevel resourceLevel(AlertKind kind, @Nullable Double value, @Nullable AlertLevel open) {
		if (value == null) {
			return null;
		}
		MonitorProperties.Threshold threshold = threshold(kind);
		double hysteresis = this.properties.hysteresis();
		if (value >= threshold.critical()
				|| (open == AlertLevel.CRITICAL && value >= threshold.critical() - hysteresis)) {
			return AlertLevel.CRITICAL;
		}
		if (value >= threshold.warning() || (open != null && value >= threshold.warning() - hysteresis)) {
			return AlertLevel.WARNING;
		}
		return null;
	}

	/**
	 * The threshold a level of a resource alert stands for.
	 * @param kind the resource
	 * @param level the level
	 * @return the threshold in percent
	 */
	double thresholdOf(AlertKind kind, AlertLevel level) {
		MonitorProperties.Threshold threshold = threshold(kind);
		return (level == AlertLevel.CRITICAL) ? threshold.critical() : threshold.warning();
	}

	/**
	 * The level of the crash alert: critical when a running server is found offline
	 * without a stop request, and it stays so until the server runs again.
	 * @param previousState the state seen the sweep before, or {@code null}
	 * @param state the state now
	 * @param stopRequested whether a stop, restart or kill was sent since
	 * @param open the crash alert open now, or {@code null}
	 * @return {@link AlertLevel#CRITICAL} or {@code null}
	 */
	@Nullable AlertLevel crashLevel(@Nullable String previousState, String state, boolean stopRequested,
			@Nullable AlertLevel open) {
		if ("running".equals(previousState) && "offline".equals(state) && !stopRequested) {
			return AlertLevel.CRITICAL;
		}
		if (open != null && !"running".equals(state) && !"starting".equals(state)) {
			return open;
		}
		return null;
	}

	/**
	 * What to do when the wanted level differs from the open one.
	 * @param open the level open now, or {@code null}
	 * @param wanted the level wanted now, or {@code null}
	 * @param lastRaised when an alert of this server, kind and the wanted level last
	 * fired (not counting quiet reopenings), or {@code null}
	 * @param now the time
	 * @return the transition
	 */
	Transition transition(@Nullable AlertLevel open, @Nullable AlertLevel wanted, @Nullable Instant lastRaised,
			Instant now) {
		if (open == wanted) {
			return Transition.NONE;
		}
		boolean clear = open != null;
		if (wanted == null) {
			return new Transition(true, null, false);
		}
		boolean quiet = lastRaised != null
				&& Duration.between(lastRaised, now).compareTo(this.properties.cooldown()) < 0;
		return new Transition(clear, wanted, quiet);
	}

	private MonitorProperties.Threshold threshold(AlertKind kind) {
		if (kind == AlertKind.CPU) {
			return this.properties.cpu();
		}
		if (kind == AlertKind.MEMORY) {
			return this.properties.memory();
		}
		if (kind == AlertKind.DISK) {
			return this.properties.disk();
		}
		throw new IllegalArgumentException("No threshold for " + kind);
	}

	/**
	 * A change of an alert's level.
	 *
	 * @param clear whether the open alert clears
	 * @param raise the level of the alert to raise, or {@code null}
	 * @param quiet whether the new alert is within the cooldown of the last one of this
	 * level: it is recorded and announced, but not mailed again
	 */
	record Transition(boolean clear, @Nullable AlertLevel raise, boolean quiet) {

		static final Transition NONE = new Transition(false, null, false);

	}

}
