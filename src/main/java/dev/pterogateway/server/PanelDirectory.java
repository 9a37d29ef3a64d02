package dev.pterogateway.server;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One panel's servers as last loaded, by identifier.
 *
 * @param panel the panel
 * @param servers its servers by identifier, in identifier order once loaded
 * @param loadedAt when they were loaded
 * @param failure why the latest load failed, or {@code null} when it succeeded
 */
record PanelDirectory(String panel, Map<String, DirectoryEntry> servers, Instant loadedAt, @Nullable String failure) {

	static PanelDirectory loaded(String panel, List<DirectoryEntry> servers, Instant at) {
		Map<String, DirectoryEntry> byIdentifier = servers.stream()
			.collect(Collectors.toUnmodifiableMap(DirectoryEntry::identifier, Function.identity()));
		return new PanelDirectory(panel, Collections.unmodifiableMap(new TreeMap<>(byIdentifier)), at, null);
	}

	static PanelDirectory failed(String panel, String failure, Instant at) {
		return new PanelDirectory(panel, Map.of(), Instant.EPOCH, failure);
	}

	/**
	 * Keeps the servers of a directory that loaded before, marked with the new failure,
	 * so that a panel hiccup does not make its servers unknown.
	 */
	PanelDirectory withFailure(String failure) {
		return new PanelDirectory(this.panel, this.servers, this.loadedAt, failure);
	}

	Optional<DirectoryEntry> find(String identifier) {
		return Optional.ofNullable(this.servers.get(identifier));
	}

	boolean everLoaded() {
		return !Instant.EPOCH.equals(this.loadedAt);
	}

}
