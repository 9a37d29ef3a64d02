package dev.pterogateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Application API servers: list, view, external view, create, suspend, unsuspend,
 * reinstall and delete. Updates live in {@link ApplicationServerUpdateRoutes}.
 */
final class ApplicationServerRoutes implements RouteGroup {

	static final String SERVERS = "/api/application/servers";

	private final SimulatorContext context;

	private final ApplicationServerJson json;

	ApplicationServerRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(SERVERS, this::list);
		routes.post(SERVERS, this::create);
		routes.get(SERVERS + "/external/{external_id}", this::viewExternal);
		routes.get(SERVERS + "/{server}", this::view);
		routes.post(SERVERS + "/{server}/suspend", (request) -> suspend(request, true));
		routes.post(SERVERS + "/{server}/unsuspend", (request) -> suspend(request, false));
		routes.post(SERVERS + "/{server}/reinstall", this::reinstall);
		routes.delete(SERVERS + "/{server}", this::delete);
		routes.delete(SERVERS + "/{server}/force", this::delete);
	}

	private PanelModel model() {
		return this.context.model();
	}

	/** The server of an application route: numeric ids only. */
	static PanelServer require(PanelModel model, ApiRequest request) {
		return model.findServer(request.numericVariable("server")).orElseThrow(PanelApiException::notFound);
	}

	private ApiResponse list(ApiRequest request) {
		Map<String, String> filters = Filters.allowed(request,
				List.of("uuid", "uuidShort", "name", "description", "image", "external_id"));
		List<PanelServer> servers = model().servers;
		servers = Filters.partial(servers, filters.get("uuid"), (server) -> server.uuid);
		servers = Filters.partial(servers, filters.get("uuidShort"), (server) -> server.identifier);
		servers = Filters.partial(servers, filters.get("name"), (server) -> server.name);
		servers = Filters.partial(servers, filters.get("description"), (server) -> server.description);
		servers = Filters.partial(servers, filters.get("image"), (server) -> server.image);
		servers = Filters.partial(servers, filters.get("external_id"), (server) -> server.externalId);
		servers = new Sorting<PanelServer>().allow("id", (a, b) -> Integer.compare(a.id, b.id))
			.allow("uuid", (a, b) -> a.uuid.compareTo(b.uuid))
			.apply(request, servers);
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(servers, (server) -> this.json.server(server, includes), request, this.context.address().baseUrl()));
	}

	private ApiResponse view(ApiRequest request) {
		return ApiResponse.ok(this.json.server(require(model(), request), ApplicationJson.includes(request)));
	}

	private ApiResponse viewExternal(ApiRequest request) {
		String externalId = request.variable("external_id");
		PanelServer server = model().servers.stream()
			.filter((candidate) -> externalId.equals(candidate.externalId))
			.findFirst()
			.orElseThrow(PanelApiException::notFound);
		return ApiResponse.ok(this.json.server(server, ApplicationJson.includes(request)));
	}

	/** 201 with the server in {@code installing}; no {@code meta.resource} here. */
	private ApiResponse create(ApiRequest request) {
		PanelServer server = new ServerCreation(this.context).create(JsonBody.normalize(request.body()));
		return ApiResponse.created(this.json.server(server, ApplicationJson.includes(request)));
	}

	/** Already in the requested state is a no-op 204; suspending stops the process. */
	private ApiResponse suspend(ApiRequest request, boolean suspend) {
		PanelServer server = require(model(), request);
		if (server.isSuspended() == suspend) {
			return ApiResponse.noContent();
		}
		server.status = suspend ? PanelServer.SUSPENDED : null;
		if (suspend) {
			this.context.power().forceOffline(server);
		}
		server.updatedAt = model().now();
		return ApiResponse.noContent();
	}

	private ApiResponse reinstall(ApiRequest request) {
		PanelServer server = require(model(), request);
		this.context.power().install(server, false);
		return ApiResponse.noContent();
	}

	/** Deletes the server; its websockets get {@code deleted} and close. */
	private ApiResponse delete(ApiRequest request) {
		model().deleteServer(require(model(), request));
		return ApiResponse.noContent();
	}

}
