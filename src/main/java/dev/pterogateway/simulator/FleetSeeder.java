package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the deterministic fleet of a simulated panel: the same seed gives the same users,
 * nodes, allocations, servers, states and backups. Users have the same e-mails on every
 * panel, so one person has an account on each.
 */
final class FleetSeeder {

	static final String ADMIN_EMAIL = "admin@example.com";

	private static final List<String> FIRST_NAMES = List.of("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace",
			"Heidi", "Ivan", "Judy", "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor",
			"Walter", "Yolanda");

	private static final List<String> LAST_NAMES = List.of("Smith", "Jones", "Miller", "Brown", "Wilson", "Taylor",
			"Clark", "Walker", "Young", "King");

	private static final List<String> SERVER_WORDS = List.of("Survival", "Creative", "Skyblock", "Factions", "Prison",
			"Hardcore", "Lobby", "Minigames", "Anarchy", "Towny", "Oneblock", "Parkour", "Bedwars", "Vanilla SMP",
			"Modded SMP", "Earth", "Kingdoms", "Pixelmon", "Events", "Build Team");

	private static final int[] MEMORY = { 1024, 2048, 3072, 4096, 6144, 8192 };

	private static final int[] DISK = { 5120, 10240, 20480, 30720, 40960 };

	private static final int[] CPU = { 100, 150, 200, 300, 400 };

	private final SimulatorSettings settings;

	private final PanelModel model;

	private final Random random;

	private final Set<String> names = new HashSet<>();

	FleetSeeder(SimulatorSettings settings, PanelModel model) {
		this.settings = settings;
		this.model = model;
		this.random = new Random(settings.seed() * 31 + 7);
	}

	synchronized void seed() {
		synchronized (this.model) {
			new EggCatalog().seed(this.model);
			seedUsers();
			seedNodes();
			for (int i = 0; i < this.settings.servers(); i++) {
				seedServer(i);
			}
		}
	}

	private void seedUsers() {
		PanelUser admin = this.model.createUser("admin", ADMIN_EMAIL, "Admin", "User", true);
		this.model.createKey(admin, ApiKey.CLIENT_PREFIX);
		this.model.createKey(admin, ApiKey.APPLICATION_PREFIX);
		for (int i = 1; i <= this.settings.users(); i++) {
			this.model.createUser("player" + i, "player" + i + "@example.com",
					FIRST_NAMES.get((i - 1) % FIRST_NAMES.size()), LAST_NAMES.get((i - 1) % LAST_NAMES.size()), false);
		}
	}

	private void seedNodes() {
		Location fra = this.model.createLocation("fra", "Frankfurt, Germany");
		Location ams = this.model.createLocation("ams", "Amsterdam, Netherlands");
		int allocationsPerNode = this.settings.servers() + 16;
		Node first = node(1, fra, "127.0.0.1", allocationsPerNode);
		first.description = "Primary game node";
		node(2, ams, "10.20.0.2", allocationsPerNode);
	}

	private Node node(int number, Location location, String ip, int allocations) {
		String fqdn = "node" + number + "." + this.model.panelName + ".sim.local";
		Node node = this.model.createNode("Node " + number, location, fqdn);
		node.memory = 65536;
		node.disk = 1048576;
		for (int port = 25565; port < 25565 + allocations; port++) {
			this.model.createAllocation(node, ip, port);
		}
		return node;
	}

	private void seedServer(int index) {
		Egg egg = this.model.eggs.get(this.random.nextInt(this.model.eggs.size()));
		PanelUser owner = owner(index);
		ServerLimits limits = new ServerLimits(pick(MEMORY), 0, pick(DISK), 500, pick(CPU), null, true);
		FeatureLimits features = new FeatureLimits(this.random.nextInt(3), 1 + this.random.nextInt(3),
				1 + this.random.nextInt(5));
		Node node = this.model.nodes.get(index % this.model.nodes.size());
		Allocation primary = this.model.findFreeAllocation(node.id).orElseThrow();
		PanelServer server = this.model.createServer(this.model.newUuid().toString(), serverName(index), owner, egg,
				limits, features, primary);
		server.description = index % 3 == 0 ? "" : egg.name + " server of " + owner.firstName;
		if (index % 4 == 2) {
			this.model.findFreeAllocation(node.id).ifPresent((extra) -> extra.serverId = server.id);
		}
		applyState(server, index, egg);
		if (server.featureLimits.backups() >= 2) {
			seedBackup(server, index);
		}
	}

	private PanelUser owner(int index) {
		int users = this.settings.users();
		if (users == 0 || index % (users + 1) == 0) {
			return this.model.users.get(0);
		}
		return this.model.users.get(1 + this.random.nextInt(users));
	}

	private String serverName(int index) {
		String word = SERVER_WORDS.get((index + this.random.nextInt(SERVER_WORDS.size())) % SERVER_WORDS.size());
		String name = word;
		for (int n = 2; this.names.contains(name); n++) {
			name = word + " " + n;
		}
		this.names.add(name);
		return name;
	}

	/** Index 3 is suspended, index 4 installing (statically), odd indices running. */
	private void applyState(PanelServer server, int index, Egg egg) {
		if (index == 3) {
			server.status = PanelServer.SUSPENDED;
		}
		else if (index == 4) {
			server.status = PanelServer.INSTALLING;
		}
		else if (index % 2 == 1) {
			server.power = PowerState.RUNNING;
			server.startedAt = this.model.now().minus(Duration.ofMinutes(5 + this.random.nextInt(600)));
			ConsoleLines.starting(egg, server.startup, server.startedAt).forEach(server::appendConsole);
			server.appendConsole(ConsoleLines.running(egg, server.startedAt));
		}
	}

	private void seedBackup(PanelServer server, int index) {
		Backup backup = new Backup(this.model.newUuid().toString(), "Nightly", List.of(), index % 2 == 0,
				server.createdAt.minus(Duration.ofDays(1)));
		backup.successful = true;
		backup.bytes = (50L + this.random.nextInt(500)) * 1024 * 1024;
		backup.checksum = "sha1:" + Long.toHexString(this.random.nextLong()) + Long.toHexString(this.random.nextLong());
		backup.completedAt = backup.createdAt.plus(Duration.ofMinutes(3));
		server.backups.add(backup);
	}

	private int pick(int[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
