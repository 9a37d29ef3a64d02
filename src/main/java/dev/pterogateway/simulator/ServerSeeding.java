package dev.pterogateway.simulator;

import java.util.UUID;

/** Adds the servers and users tests ask for to a running simulated panel. */
final class ServerSeeding {

	private final PanelModel model;

	ServerSeeding(PanelModel model) {
		this.model = model;
	}

	PanelUser user(UserSeed seed) {
		if (this.model.findUserByEmail(seed.email()).isPresent()
				|| this.model.findUserByUsername(seed.username()).isPresent()) {
			throw new IllegalArgumentException("User '" + seed.email() + "' already exists");
		}
		String first = Character.toUpperCase(seed.username().charAt(0)) + seed.username().substring(1);
		return this.model.createUser(seed.username(), seed.email(), first, "Tester", seed.rootAdmin());
	}

	PanelServer server(ServerSeed seed) {
		String uuid = uuid(seed);
		if (this.model.findServer(uuid).isPresent() || this.model.findServer(uuid.substring(0, 8)).isPresent()) {
			throw new IllegalArgumentException("Server '" + uuid + "' already exists");
		}
		PanelUser owner = this.model.findUserByEmail(seed.ownerEmail())
			.orElseGet(() -> user(new UserSeed(seed.ownerEmail(), seed.ownerEmail().split("@")[0], false)));
		Egg egg = this.model.findEgg(seed.eggId())
			.orElseThrow(() -> new IllegalArgumentException("No egg " + seed.eggId()));
		Node node = this.model.nodes.get(0);
		Allocation primary = this.model.findFreeAllocation(node.id)
			.orElseGet(() -> this.model.createAllocation(node, "127.0.0.1", nextPort(node)));
		PanelServer server = this.model.createServer(uuid, seed.name(), owner, egg, seed.limits(), seed.featureLimits(),
				primary);
		server.status = seed.status();
		server.power = seed.powerState();
		if (seed.powerState().isUp()) {
			server.startedAt = this.model.now();
			ConsoleLines.starting(egg, StartupCommand.resolve(this.model, server), this.model.now())
				.forEach(server::appendConsole);
			if (seed.powerState() == PowerState.RUNNING) {
				server.appendConsole(ConsoleLines.running(egg, this.model.now()));
			}
		}
		return server;
	}

	private String uuid(ServerSeed seed) {
		if (seed.uuid() != null) {
			return seed.uuid();
		}
		String generated = this.model.newUuid().toString();
		if (seed.identifier() == null) {
			return generated;
		}
		if (!seed.identifier().matches("^[0-9a-f]{8}$")) {
			throw new IllegalArgumentException("An identifier is 8 hex characters: " + seed.identifier());
		}
		return UUID.fromString(seed.identifier() + generated.substring(8)).toString();
	}

	private int nextPort(Node node) {
		return this.model.allocations.stream()
			.filter((allocation) -> allocation.nodeId == node.id)
			.mapToInt((allocation) -> allocation.port)
			.max()
			.orElse(25564) + 1;
	}

}
