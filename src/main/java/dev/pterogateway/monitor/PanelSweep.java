package dev.pterogateway.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.pterogateway.server.DirectoryEntry;
import org.jspecify.annotations.Nullable;

/**
 * What the monitor remembers about one panel between sweeps: when each server was last
 * polled (the least fresh go first), the state each was last seen in, which servers it
 * knows (to notice new ones), and whether a sweep is still running. Only the panel's own
 * sweep (one at a time) touches the maps.
 */
final class PanelSweep {

	final String panel;

	final AtomicBoolean inFlight = new AtomicBoolean();

	private final Map<String, Instant> lastPolled = new HashMap<>();

	private final Map<String, Seen> lastSeen = new HashMap<>();

	private final Set<String> known = new HashSet<>();

	private boolean baselined;

	volatile @Nullable PanelSweepStatus status;

	PanelSweep(String panel) {
		this.panel = panel;
	}

	/**
	 * The servers to poll this sweep: those polled longest ago (never polled first).
	 */
	List<DirectoryEntry> select(List<DirectoryEntry> entries, int budget) {
		return entries.stream()
			.sorted(Comparator
				.comparing((DirectoryEntry entry) -> this.lastPolled.getOrDefault(entry.identifier(), Instant.EPOCH))
				.thenComparing(DirectoryEntry::identifier))
			.limit(Math.max(0, budget))
			.toList();
	}

	void polled(String identifier, Instant at) {
		this.lastPolled.put(identifier, at);
	}

	@Nullable Seen seen(String identifier) {
		return this.lastSeen.get(identifier);
	}

	/**
	 * Whether a server was running or starting when last seen: only those send Wings
	 * {@code stats}, so only those are worth a stream (and its token).
	 */
	boolean up(String identifier) {
		Seen seen = this.lastSeen.get(identifier);
		return seen != null && ("running".equals(seen.state()) || "starting".equals(seen.state()));
	}

	void seen(String identifier, String state, Instant at) {
		this.lastSeen.put(identifier, new Seen(state, at));
	}

	/** Age of the least fresh server's latest poll, in seconds (polled servers only). */
	long oldestAge(List<DirectoryEntry> entries, Instant now) {
		return entries.stream()
			.map((entry) -> this.lastPolled.get(entry.identifier()))
			.filter((at) -> at != null)
			.mapToLong((at) -> Duration.between(at, now).toSeconds())
			.max()
			.orElse(0);
	}

	/**
	 * Records a successful listing and tells which servers are new since the previous one
	 * (none on the first).
	 */
	List<DirectoryEntry> listed(List<DirectoryEntry> entries) {
		List<DirectoryEntry> created = new ArrayList<>();
		Set<String> current = new HashSet<>();
		for (DirectoryEntry entry : entries) {
			current.add(entry.identifier());
			if (this.baselined && !this.known.contains(entry.identifier())) {
				created.add(entry);
			}
		}
		this.known.clear();
		this.known.addAll(current);
		this.lastPolled.keySet().retainAll(current);
		this.lastSeen.keySet().retainAll(current);
		this.baselined = true;
		return created;
	}

	/**
	 * A server's state when last seen.
	 *
	 * @param state the state
	 * @param at when
	 */
	record Seen(String state, Instant at) {

	}

}
