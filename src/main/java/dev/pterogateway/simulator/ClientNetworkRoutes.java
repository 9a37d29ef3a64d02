package dev.pterogateway.simulator;

/** {@code /api/client/servers/{server}/network/allocations}. */
final class ClientNetworkRoutes implements RouteGroup {

	private static final String ALLOCATIONS = "/api/client/servers/{server}/network/allocations";

	private final SimulatorContext context;

	ClientNetworkRoutes(SimulatorContext context) {
		this.context = context;
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(ALLOCATIONS, this::list);
		routes.post(ALLOCATIONS, this::assign);
		routes.post(ALLOCATIONS + "/{allocation}", this::notes);
		routes.post(ALLOCATIONS + "/{allocation}/primary", this::primary);
		routes.delete(ALLOCATIONS + "/{allocation}", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		return ApiResponse.ok(Envelope.list(this.context.model()
			.allocationsOf(server)
			.stream()
			.map((allocation) -> ClientServerJson.allocation(allocation, server))
			.toList()));
	}

	/**
	 * Auto-assigns a free allocation of the server's node (client allocations are
	 * enabled).
	 */
	private ApiResponse assign(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Integer limit = server.featureLimits.allocations();
		if (limit == null || this.context.model().allocationsOf(server).size() >= limit) {
			throw PanelApiException
				.display("Cannot assign additional allocations to this server: limit has been reached.");
		}
		Allocation allocation = this.context.model()
			.findFreeAllocation(server.nodeId)
			.orElseThrow(() -> new PanelApiException(400, "NoAutoAllocationSpaceAvailableException",
					"Cannot assign additional allocation: no more space available on node."));
		allocation.serverId = server.id;
		return ApiResponse.ok(ClientServerJson.allocation(allocation, server));
	}

	private ApiResponse notes(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Allocation allocation = allocation(server, request);
		RequestBody body = new RequestBody(request.body());
		body.check("notes", "present|nullable|string|max:256").validate();
		allocation.notes = body.text("notes");
		return ApiResponse.ok(ClientServerJson.allocation(allocation, server));
	}

	private ApiResponse primary(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Allocation allocation = allocation(server, request);
		server.allocationId = allocation.id;
		return ApiResponse.ok(ClientServerJson.allocation(allocation, server));
	}

	private ApiResponse delete(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Allocation allocation = allocation(server, request);
		Integer limit = server.featureLimits.allocations();
		if (limit == null || limit == 0) {
			throw PanelApiException
				.display("You cannot delete allocations for this server: no allocation limit is set.");
		}
		if (allocation.id == server.allocationId) {
			throw PanelApiException.display("You cannot delete the primary allocation for this server.");
		}
		allocation.serverId = null;
		allocation.notes = null;
		return ApiResponse.noContent();
	}

	private Allocation allocation(PanelServer server, ApiRequest request) {
		int id = request.numericVariable("allocation");
		return this.context.model()
			.findAllocation(id)
			.filter((allocation) -> Integer.valueOf(server.id).equals(allocation.serverId))
			.orElseThrow(PanelApiException::notFound);
	}

}
