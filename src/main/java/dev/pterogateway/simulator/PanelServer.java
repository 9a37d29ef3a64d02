package dev.pterogateway.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A server as the panel and its Wings node know it (mutable, guarded by the
 * {@link PanelModel} lock).
 */
final class PanelServer {

	static final String SUSPENDED = "suspended";

	static final String INSTALLING = "installing";

	static final String INSTALL_FAILED = "install_failed";

	static final String RESTORING_BACKUP = "restoring_backup";

	private static final int CONSOLE_CAPACITY = 1000;

	final int id;

	final String uuid;

	final String identifier;

	@Nullable String externalId;

	String name;

	String description = "";

	@Nullable String status;

	int ownerId;

	int nodeId;

	int allocationId;

	int nestId;

	int eggId;

	String startup;

	String image;

	ServerLimits limits;

	FeatureLimits featureLimits;

	boolean skipScripts;

	/** Variable values by env name. */
	final Map<String, String> environment = new LinkedHashMap<>();

	PowerState power = PowerState.OFFLINE;

	/** Bumped on every power transition so that stale timers do nothing. */
	long powerGeneration;

	/** Bumped on every install or restore so that stale timers do nothing. */
	long statusGeneration;

	@Nullable Instant startedAt;

	@Nullable ResourceOverride resourceOverride;

	/**
	 * {@code auth} frames Wings accepted for this server, renewals on a socket included.
	 */
	int websocketAuthentications;

	final List<Backup> backups = new ArrayList<>();

	final List<String> powerSignals = new ArrayList<>();

	final List<String> commands = new ArrayList<>();

	final List<BuildUpdate> builds = new ArrayList<>();

	final Deque<String> console = new ArrayDeque<>();

	final Instant createdAt;

	Instant updatedAt;

	PanelServer(int id, String uuid, String name, Egg egg, ServerLimits limits, FeatureLimits featureLimits,
			Instant createdAt) {
		this.id = id;
		this.uuid = uuid;
		this.identifier = uuid.substring(0, 8);
		this.name = name;
		this.eggId = egg.id;
		this.nestId = egg.nestId;
		this.startup = egg.startup;
		this.image = egg.defaultImage();
		this.limits = limits;
		this.featureLimits = featureLimits;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		egg.variables.forEach((variable) -> this.environment.put(variable.envVariable, variable.defaultValue));
	}

	boolean isSuspended() {
		return SUSPENDED.equals(this.status);
	}

	boolean isInstalling() {
		return INSTALLING.equals(this.status) || INSTALL_FAILED.equals(this.status);
	}

	void appendConsole(String line) {
		this.console.addLast(line);
		while (this.console.size() > CONSOLE_CAPACITY) {
			this.console.removeFirst();
		}
	}

	List<String> lastConsoleLines(int count) {
		List<String> lines = new ArrayList<>(this.console);
		return lines.subList(Math.max(0, lines.size() - count), lines.size());
	}

	List<Backup> liveBackups() {
		return this.backups.stream().filter((backup) -> !backup.deleted).toList();
	}

}
