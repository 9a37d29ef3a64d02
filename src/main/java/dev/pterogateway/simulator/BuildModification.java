package dev.pterogateway.simulator;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code PATCH /api/application/servers/{id}/build}: the rules of
 * {@code UpdateServerBuildConfigurationRequest} (limits top-level or inside
 * {@code limits}), then {@code BuildModificationService} (allocations added and removed,
 * the primary allocation checked, null backup limit stored as 0). Every accepted update
 * is recorded on the server.
 */
final class BuildModification {

	private static final List<String> LIMITS = List.of("memory", "swap", "io", "cpu", "threads", "disk");

	private final PanelModel model;

	BuildModification(PanelModel model) {
		this.model = model;
	}

	/**
	 * Applies a normalized request body to a server.
	 * @throws PanelApiException 422 on invalid input, 400 on allocation rules
	 */
	void apply(PanelServer server, JsonNode body) {
		validate(server, body);
		List<Integer> add = JsonBody.integers(body, "add_allocations");
		List<Integer> remove = JsonBody.integers(body, "remove_allocations");
		server.allocationId = moveAllocations(server, JsonBody.integer(body, "allocation", 0), add, remove);
		server.limits = limits(server.limits, body);
		Integer backups = JsonBody.integer(body, "feature_limits.backups");
		server.featureLimits = new FeatureLimits(JsonBody.integer(body, "feature_limits.databases"),
				JsonBody.integer(body, "feature_limits.allocations"), (backups != null) ? backups : 0);
		server.updatedAt = this.model.now();
		server.builds.add(new BuildUpdate(server.allocationId, server.limits, server.featureLimits, List.copyOf(add),
				List.copyOf(remove), this.model.now()));
	}

	/**
	 * Assigns the added allocations of the server's node that are free and frees the
	 * removed ones (an id in both lists stays), after checking the primary allocation.
	 * @return the primary allocation id
	 */
	private int moveAllocations(PanelServer server, int requested, List<Integer> add, List<Integer> remove) {
		List<Allocation> fresh = this.model.allocations.stream()
			.filter((allocation) -> allocation.nodeId == server.nodeId && add.contains(allocation.id)
					&& !allocation.isAssigned())
			.sorted(Comparator.comparingInt((Allocation allocation) -> allocation.id))
			.toList();
		int primary = primary(requested, remove, fresh);
		List<Allocation> removed = this.model.allocationsOf(server)
			.stream()
			.filter((allocation) -> remove.contains(allocation.id) && !add.contains(allocation.id))
			.toList();
		checkPrimaryAssigned(server, primary, fresh, removed);
		fresh.forEach((allocation) -> {
			allocation.serverId = server.id;
			allocation.notes = null;
		});
		removed.forEach((allocation) -> {
			allocation.serverId = null;
			allocation.notes = null;
		});
		return primary;
	}

	/** The limits from the {@code limits} object if given, else from the top level. */
	private static ServerLimits limits(ServerLimits current, JsonNode body) {
		JsonNode limits = RequestValidator.filled(body.path("limits")) ? body.path("limits") : body;
		return new ServerLimits(integer(limits, "memory", current.memory()), integer(limits, "swap", current.swap()),
				integer(limits, "disk", current.disk()), integer(limits, "io", current.io()),
				integer(limits, "cpu", current.cpu()),
				limits.has("threads") ? JsonBody.text(limits, "threads") : current.threads(),
				JsonBody.bool(body, "oom_disabled", current.oomDisabled()));
	}

	/**
	 * Removing the primary allocation moves it to the first freshly added one, if any.
	 */
	private static int primary(int requested, List<Integer> remove, List<Allocation> fresh) {
		int primary = requested;
		for (int id : remove) {
			if (id == primary) {
				if (fresh.isEmpty()) {
					throw PanelApiException.display("You are attempting to delete the default allocation for this "
							+ "server but there is no fallback allocation to use.");
				}
				primary = fresh.get(0).id;
			}
		}
		return primary;
	}

	private void checkPrimaryAssigned(PanelServer server, int primary, List<Allocation> fresh,
			List<Allocation> removed) {
		if (primary == server.allocationId) {
			return;
		}
		Set<Integer> assigned = new HashSet<>();
		this.model.allocationsOf(server).forEach((allocation) -> assigned.add(allocation.id));
		fresh.forEach((allocation) -> assigned.add(allocation.id));
		removed.forEach((allocation) -> assigned.remove(allocation.id));
		if (!assigned.contains(primary)) {
			throw PanelApiException
				.display("The requested default allocation is not currently assigned to this server.");
		}
	}

	private static int integer(JsonNode limits, String field, int current) {
		Integer value = JsonBody.integer(limits, field);
		return (value != null) ? value : current;
	}

	private void validate(PanelServer server, JsonNode body) {
		RequestValidator validator = new RequestValidator(body);
		validator.field("allocation")
			.required()
			.bail()
			.unique((value) -> this.model.servers.stream()
				.anyMatch((other) -> other != server
						&& Integer.valueOf(other.allocationId).equals(JsonBody.integer(value))))
			.exists((value) -> allocationExists(JsonBody.integer(value)));
		validator.field("oom_disabled").sometimes().bool();
		validator.field("limits").sometimes().array();
		for (String limit : LIMITS) {
			limitRule(validator.field("limits." + limit), limit, true);
		}
		for (String limit : LIMITS) {
			limitRule(validator.field(limit), limit, false);
		}
		allocationList(validator, body, "add_allocations");
		allocationList(validator, body, "remove_allocations");
		ServerCreation.featureLimitRules(validator);
		validator.validate();
	}

	/**
	 * {@code requiredToOptional}: inside {@code limits} a limit is required with it,
	 * top-level without it.
	 */
	private static void limitRule(ValidatedField field, String limit, boolean insideLimits) {
		if (limit.equals("threads")) {
			field.nullable().regex(ServerCreation.THREADS);
			return;
		}
		if (insideLimits) {
			field.requiredWith("limits");
		}
		else {
			field.requiredWithout("limits");
		}
		field.numeric();
		if (limit.equals("io")) {
			field.between(10, 1000);
		}
		else {
			field.min(limit.equals("swap") ? -1 : 0);
		}
	}

	private static void allocationList(RequestValidator validator, JsonNode body, String field) {
		validator.field(field).bail().array();
		JsonNode ids = body.path(field);
		for (int i = 0; ids.isArray() && i < ids.size(); i++) {
			validator.field(field + "." + i).integer();
		}
	}

	private boolean allocationExists(@Nullable Integer id) {
		return id != null && this.model.findAllocation(id).isPresent();
	}

}
