package dev.pterogateway.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows which panel each server lives on, who owns it and its limits, from a cached
 * listing of every panel (the application API where there is a key, as only it names
 * owners). A bare identifier is looked up on every panel; an identifier not in the cache
 * triggers one reload so that new servers are found. A panel that fails to list keeps its
 * last known servers, so one panel's hiccup never hides another's servers.
 */
public class ServerDirectory {

	private static final Logger logger = LoggerFactory.getLogger(ServerDirectory.class);

	private final PanelRegistry panels;

	private final DirectoryProperties properties;

	private final Clock clock;

	private final Executor loader;

	private final ConcurrentMap<String, PanelDirectory> directories = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, CompletableFuture<PanelDirectory>> loading = new ConcurrentHashMap<>();

	ServerDirectory(PanelRegistry panels, DirectoryProperties properties, Clock clock, Executor loader) {
		this.panels = panels;
		this.properties = properties;
		this.clock = clock;
		this.loader = loader;
	}

	/**
	 * Finds the one server a reference names, on any panel.
	 * @param ref the reference, bare or qualified
	 * @return the server
	 * @throws ServerNotFoundException if no panel has it
	 * @throws AmbiguousServerIdException if a bare identifier is on several panels
	 * @throws ServerDirectoryUnavailableException if it is nowhere known and a panel that
	 * might have it cannot be listed
	 */
	public DirectoryEntry resolve(ServerRef ref) {
		return resolve(ref, (entry) -> true);
	}

	/**
	 * Finds the one server a reference names among those a caller may see. Servers the
	 * caller may not see do not exist for this lookup: they neither match nor make a bare
	 * identifier ambiguous, so the answer reveals nothing about them.
	 * @param ref the reference, bare or qualified
	 * @param visible which servers the caller may see
	 * @return the server
	 * @throws ServerNotFoundException if no visible server matches
	 * @throws AmbiguousServerIdException if a bare identifier matches visible servers on
	 * several panels
	 * @throws ServerDirectoryUnavailableException if nothing matches and a panel that
	 * might have it cannot be listed
	 */
	public DirectoryEntry resolve(ServerRef ref, Predicate<DirectoryEntry> visible) {
		List<String> scope = scope(ref);
		Map<String, PanelDirectory> current = current(scope, this.properties.ttl());
		List<DirectoryEntry> matches = matches(current, ref, visible);
		if (matches.isEmpty()) {
			current = current(scope, this.properties.missRefreshAfter());
			matches = matches(current, ref, visible);
		}
		if (matches.size() > 1) {
			throw new AmbiguousServerIdException(ref, matches.stream().map((entry) -> entry.ref().toString()).toList());
		}
		if (matches.isEmpty()) {
			List<String> failed = current.values()
				.stream()
				.filter((directory) -> directory.failure() != null)
				.map(PanelDirectory::panel)
				.toList();
			if (!failed.isEmpty()) {
				throw new ServerDirectoryUnavailableException(ref, failed);
			}
			throw new ServerNotFoundException(ref);
		}
		return matches.get(0);
	}

	/**
	 * Every known server of every panel, from the cache when it is fresh enough.
	 * @return the servers, panel by panel, each panel's in identifier order
	 */
	public List<DirectoryEntry> entries() {
		List<DirectoryEntry> entries = new ArrayList<>();
		current(this.panels.names(), this.properties.ttl()).values()
			.forEach((directory) -> entries.addAll(directory.servers().values()));
		return entries;
	}

	/**
	 * The state of each panel's listing: when it last loaded and whether its latest load
	 * failed.
	 * @return the states by panel name
	 */
	public Map<String, DirectoryState> states() {
		Map<String, DirectoryState> states = new LinkedHashMap<>();
		for (String panel : this.panels.names()) {
			states.put(panel, state(panel));
		}
		return states;
	}

	/**
	 * Lists every panel again now (the monitor calls this each sweep).
	 */
	public void refresh() {
		current(this.panels.names(), Duration.ZERO);
	}

	/**
	 * Lists one panel again now, without waiting for any other (the monitor's per-panel
	 * sweep calls this).
	 * @param panel the panel
	 * @return its servers; the last known ones if this listing failed (see
	 * {@link #states()})
	 */
	public List<DirectoryEntry> refresh(String panel) {
		PanelDirectory directory = current(List.of(panel), Duration.ZERO).get(panel);
		return (directory != null) ? List.copyOf(directory.servers().values()) : List.of();
	}

	/**
	 * One panel's servers as last listed, without calling the panel (the monitor uses it
	 * when its rate-limit budget does not allow a listing).
	 * @param panel the panel
	 * @return its servers, empty if it was never listed
	 */
	public List<DirectoryEntry> known(String panel) {
		PanelDirectory directory = this.directories.get(panel);
		return (directory != null) ? List.copyOf(directory.servers().values()) : List.of();
	}

	/**
	 * Forgets a panel's listing so that the next lookup loads it (after a create or
	 * delete).
	 * @param panel the panel
	 */
	public void evict(String panel) {
		this.directories.remove(panel);
	}

	private List<String> scope(ServerRef ref) {
		Optional<String> panel = ref.findPanel();
		if (panel.isEmpty()) {
			return this.panels.names();
		}
		return this.panels.find(panel.get()).isPresent() ? List.of(panel.get()) : List.of();
	}

	private static List<DirectoryEntry> matches(Map<String, PanelDirectory> directories, ServerRef ref,
			Predicate<DirectoryEntry> visible) {
		return directories.values()
			.stream()
			.flatMap((directory) -> directory.find(ref.identifier()).stream())
			.filter(visible)
			.sorted(Comparator.comparing(DirectoryEntry::panel))
			.toList();
	}

	/** Each panel's directory, loading in parallel those older than the given age. */
	private Map<String, PanelDirectory> current(List<String> scope, Duration maxAge) {
		Instant oldest = this.clock.instant().minus(maxAge);
		Map<String, CompletableFuture<PanelDirectory>> pending = new LinkedHashMap<>();
		for (String panel : scope) {
			PanelDirectory directory = this.directories.get(panel);
			if (directory == null || directory.loadedAt().isBefore(oldest) || maxAge.isZero()) {
				pending.put(panel, this.loading.computeIfAbsent(panel, this::startLoading));
			}
		}
		Map<String, PanelDirectory> current = new LinkedHashMap<>();
		for (String panel : scope) {
			CompletableFuture<PanelDirectory> load = pending.get(panel);
			current.put(panel, (load != null) ? load.join() : this.directories.get(panel));
		}
		return current;
	}

	private CompletableFuture<PanelDirectory> startLoading(String panel) {
		// The removal waits for computeIfAbsent to release the entry, so it cannot run
		// before the insertion.
		return CompletableFuture.supplyAsync(() -> {
			try {
				return load(panel);
			}
			finally {
				this.loading.remove(panel);
			}
		}, this.loader);
	}

	private PanelDirectory load(String panel) {
		PanelDirectory loaded;
		try {
			loaded = PanelDirectory.loaded(panel, list(this.panels.panel(panel)), this.clock.instant());
		}
		catch (PanelException ex) {
			logger.debug("Could not list the servers of panel {}: {}", panel, ex.detail());
			PanelDirectory previous = this.directories.get(panel);
			loaded = (previous != null) ? previous.withFailure(ex.detail())
					: PanelDirectory.failed(panel, ex.detail(), this.clock.instant());
		}
		this.directories.put(panel, loaded);
		return loaded;
	}

	private static List<DirectoryEntry> list(PanelClient panel) {
		if (panel.supports(PanelApi.APPLICATION)) {
			return panel.application()
				.servers()
				.list()
				.stream()
				.map((server) -> DirectoryEntry.from(panel.name(), server))
				.toList();
		}
		return panel.client().servers().stream().map((server) -> DirectoryEntry.from(panel.name(), server)).toList();
	}

	/**
	 * The state of one panel's listing (as in {@link #states()}).
	 * @param panel the panel
	 * @return its state, never loaded if it was never listed
	 */
	public DirectoryState state(String panel) {
		PanelDirectory directory = this.directories.get(panel);
		return (directory != null)
				? new DirectoryState(panel, directory.everLoaded() ? directory.loadedAt() : null, directory.failure())
				: new DirectoryState(panel, null, null);
	}

}
