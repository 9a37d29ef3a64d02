package dev.pterogateway.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one simulated panel and its Wings node. Every method that reads or
 * changes state runs with this object's monitor held; HTTP handlers, timers and websocket
 * sessions all synchronize on it.
 */
final class PanelModel {

	private static final String KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	final String panelName;

	final Clock clock;

	final Random random;

	final List<PanelUser> users = new ArrayList<>();

	final List<Location> locations = new ArrayList<>();

	final List<Node> nodes = new ArrayList<>();

	final List<Allocation> allocations = new ArrayList<>();

	final List<Nest> nests = new ArrayList<>();

	final List<Egg> eggs = new ArrayList<>();

	final List<PanelServer> servers = new ArrayList<>();

	private final List<ApiKey> keys = new ArrayList<>();

	private final Map<String, Set<WingsListener>> listeners = new LinkedHashMap<>();

	private int nextUserId = 1;

	private int nextServerId = 1;

	private int nextAllocationId = 1;

	private int nextLocationId = 1;

	private int nextNodeId = 1;

	PanelModel(String panelName, Clock clock, long seed) {
		this.panelName = panelName;
		this.clock = clock;
		this.random = new Random(seed);
	}

	Instant now() {
		return this.clock.instant();
	}

	UUID newUuid() {
		return new UUID((this.random.nextLong() & ~0xF000L) | 0x4000L,
				(this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
	}

	String randomString(int length) {
		StringBuilder builder = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			builder.append(KEY_ALPHABET.charAt(this.random.nextInt(KEY_ALPHABET.length())));
		}
		return builder.toString();
	}

	// users

	synchronized PanelUser createUser(String username, String email, String firstName, String lastName,
			boolean rootAdmin) {
		PanelUser user = new PanelUser(this.nextUserId++, newUuid().toString(), username, email, firstName, lastName,
				rootAdmin, now());
		this.users.add(user);
		return user;
	}

	synchronized Optional<PanelUser> findUser(int id) {
		return this.users.stream().filter((user) -> user.id == id).findFirst();
	}

	synchronized Optional<PanelUser> findUserByEmail(String email) {
		return this.users.stream().filter((user) -> user.email.equalsIgnoreCase(email)).findFirst();
	}

	synchronized Optional<PanelUser> findUserByUsername(String username) {
		return this.users.stream().filter((user) -> user.username.equalsIgnoreCase(username)).findFirst();
	}

	synchronized void deleteUser(PanelUser user) {
		this.users.remove(user);
		this.keys.removeIf((key) -> key.userId() == user.id);
	}

	synchronized PanelUser requireUser(int id) {
		return findUser(id).orElseThrow(() -> new IllegalStateException("No user " + id));
	}

	// keys

	synchronized ApiKey createKey(PanelUser user, String prefix) {
		ApiKey key = new ApiKey(prefix + randomString(11), randomString(32), user.id);
		this.keys.add(key);
		return key;
	}

	synchronized Optional<ApiKey> findKey(String token) {
		if (token.length() != 48) {
			return Optional.empty();
		}
		String identifier = token.substring(0, 16);
		String secret = token.substring(16);
		return this.keys.stream()
			.filter((key) -> key.identifier().equals(identifier) && key.secret().equals(secret))
			.findFirst();
	}

	synchronized Optional<ApiKey> findClientKey(PanelUser user) {
		return this.keys.stream().filter((key) -> key.userId() == user.id && !key.isApplicationKey()).findFirst();
	}

	synchronized ApiKey applicationKey(PanelUser user) {
		return this.keys.stream()
			.filter((key) -> key.userId() == user.id && key.isApplicationKey())
			.findFirst()
			.orElseGet(() -> createKey(user, ApiKey.APPLICATION_PREFIX));
	}

	// locations, nodes, allocations

	synchronized Location createLocation(String shortCode, @Nullable String longName) {
		Location location = new Location(this.nextLocationId++, shortCode, longName, now());
		this.locations.add(location);
		return location;
	}

	synchronized Optional<Location> findLocation(int id) {
		return this.locations.stream().filter((location) -> location.id == id).findFirst();
	}

	synchronized Node createNode(String name, Location location, String fqdn) {
		Node node = new Node(this.nextNodeId++, newUuid().toString(), name, location.id, fqdn, randomString(16),
				randomString(64), now());
		this.nodes.add(node);
		return node;
	}

	synchronized Optional<Node> findNode(int id) {
		return this.nodes.stream().filter((node) -> node.id == id).findFirst();
	}

	synchronized Node requireNode(int id) {
		return findNode(id).orElseThrow(() -> new IllegalStateException("No node " + id));
	}

	synchronized Allocation createAllocation(Node node, String ip, int port) {
		Allocation allocation = new Allocation(this.nextAllocationId++, node.id, ip, port);
		this.allocations.add(allocation);
		return allocation;
	}

	synchronized Optional<Allocation> findAllocation(int id) {
		return this.allocations.stream().filter((allocation) -> allocation.id == id).findFirst();
	}

	synchronized List<Allocation> allocationsOf(PanelServer server) {
		return this.allocations.stream()
			.filter((allocation) -> Integer.valueOf(server.id).equals(allocation.serverId))
			.sorted(Comparator.comparingInt((Allocation allocation) -> allocation.id))
			.toList();
	}

	synchronized Optional<Allocation> findFreeAllocation(int nodeId) {
		return this.allocations.stream()
			.filter((allocation) -> allocation.nodeId == nodeId && !allocation.isAssigned())
			.findFirst();
	}

	// nests and eggs

	synchronized Optional<Nest> findNest(int id) {
		return this.nests.stream().filter((nest) -> nest.id == id).findFirst();
	}

	synchronized Optional<Egg> findEgg(int id) {
		return this.eggs.stream().filter((egg) -> egg.id == id).findFirst();
	}

	synchronized Egg requireEgg(int id) {
		return findEgg(id).orElseThrow(() -> new IllegalStateException("No egg " + id));
	}

	// servers

	/**
	 * Adds a server with the given uuid (or a generated one) on the primary allocation.
	 */
	synchronized PanelServer createServer(String uuid, String name, PanelUser owner, Egg egg, ServerLimits limits,
			FeatureLimits featureLimits, Allocation primary) {
		PanelServer server = new PanelServer(this.nextServerId++, uuid, name, egg, limits, featureLimits, now());
		server.ownerId = owner.id;
		server.nodeId = primary.nodeId;
		server.allocationId = primary.id;
		primary.serverId = server.id;
		this.servers.add(server);
		return server;
	}

	synchronized Optional<PanelServer> findServer(int id) {
		return this.servers.stream().filter((server) -> server.id == id).findFirst();
	}

	/**
	 * Finds a server the way the client API binds {@code {server}}: 8 characters are an
	 * identifier, anything else must be the full uuid.
	 */
	synchronized Optional<PanelServer> findServer(String identifierOrUuid) {
		if (identifierOrUuid.length() == 8) {
			return this.servers.stream().filter((server) -> server.identifier.equals(identifierOrUuid)).findFirst();
		}
		return this.servers.stream().filter((server) -> server.uuid.equals(identifierOrUuid)).findFirst();
	}

	synchronized void deleteServer(PanelServer server) {
		server.powerGeneration++;
		emit(server, "deleted", List.of("null"));
		this.servers.remove(server);
		this.allocations.stream()
			.filter((allocation) -> Integer.valueOf(server.id).equals(allocation.serverId))
			.forEach((allocation) -> {
				allocation.serverId = null;
				allocation.notes = null;
			});
		this.listeners.remove(server.uuid);
	}

	synchronized PanelUser ownerOf(PanelServer server) {
		return requireUser(server.ownerId);
	}

	synchronized SimulatedServer view(PanelServer server) {
		return new SimulatedServer(server.id, server.uuid, server.identifier, server.name, server.ownerId,
				ownerOf(server).email, server.limits, server.featureLimits, server.status, server.power,
				server.isSuspended());
	}

	// Wings events

	synchronized void subscribe(PanelServer server, WingsListener listener) {
		this.listeners.computeIfAbsent(server.uuid, (uuid) -> new CopyOnWriteArraySet<>()).add(listener);
	}

	synchronized void unsubscribe(String serverUuid, WingsListener listener) {
		Set<WingsListener> subscribers = this.listeners.get(serverUuid);
		if (subscribers != null) {
			subscribers.remove(listener);
		}
	}

	synchronized boolean hasSubscribers(PanelServer server) {
		Set<WingsListener> subscribers = this.listeners.get(server.uuid);
		return subscribers != null && !subscribers.isEmpty();
	}

	synchronized int subscriberCount(PanelServer server) {
		Set<WingsListener> subscribers = this.listeners.get(server.uuid);
		return (subscribers != null) ? subscribers.size() : 0;
	}

	synchronized void emit(PanelServer server, String event, List<String> args) {
		Set<WingsListener> subscribers = this.listeners.get(server.uuid);
		if (subscribers != null) {
			subscribers.forEach((listener) -> listener.onEvent(event, args));
		}
	}

	synchronized void console(PanelServer server, String line) {
		server.appendConsole(line);
		emit(server, "console output", List.of(line));
	}

}
