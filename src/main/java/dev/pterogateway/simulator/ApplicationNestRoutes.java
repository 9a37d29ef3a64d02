package dev.pterogateway.simulator;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

/**
 * Application API nests (paginated) and their eggs (not paginated; an egg of another nest
 * is a 404).
 */
final class ApplicationNestRoutes implements RouteGroup {

	private static final String NESTS = "/api/application/nests";

	private final SimulatorContext context;

	private final ApplicationEggJson json = new ApplicationEggJson();

	private final ApplicationServerJson serverJson;

	ApplicationNestRoutes(SimulatorContext context) {
		this.context = context;
		this.serverJson = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(NESTS, this::list);
		routes.get(NESTS + "/{nest}", this::view);
		routes.get(NESTS + "/{nest}/eggs", this::eggs);
		routes.get(NESTS + "/{nest}/eggs/{egg}", this::egg);
	}

	private PanelModel model() {
		return this.context.model();
	}

	private ApiResponse list(ApiRequest request) {
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(model().nests, (nest) -> nest(nest, includes), request, this.context.address().baseUrl()));
	}

	private ApiResponse view(ApiRequest request) {
		return ApiResponse.ok(nest(requireNest(request), ApplicationJson.includes(request)));
	}

	private ApiResponse eggs(ApiRequest request) {
		Nest nest = requireNest(request);
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Envelope.list(eggsOf(nest).stream().map((egg) -> egg(egg, includes)).toList()));
	}

	private ApiResponse egg(ApiRequest request) {
		Nest nest = requireNest(request);
		Egg egg = model().findEgg(request.numericVariable("egg"))
			.filter((candidate) -> candidate.nestId == nest.id)
			.orElseThrow(PanelApiException::notFound);
		return ApiResponse.ok(egg(egg, ApplicationJson.includes(request)));
	}

	private Nest requireNest(ApiRequest request) {
		return model().findNest(request.numericVariable("nest")).orElseThrow(PanelApiException::notFound);
	}

	private List<Egg> eggsOf(Nest nest) {
		return model().eggs.stream().filter((egg) -> egg.nestId == nest.id).toList();
	}

	private ObjectNode nest(Nest nest, Set<String> includes) {
		ObjectNode item = this.json.nest(nest);
		if (includes.contains("eggs")) {
			ApplicationJson.relate(item, "eggs", Envelope.list(eggsOf(nest).stream().map(this.json::egg).toList()));
		}
		if (includes.contains("servers")) {
			ApplicationJson.relate(item, "servers", servers((server) -> server.nestId == nest.id));
		}
		return item;
	}

	private ObjectNode egg(Egg egg, Set<String> includes) {
		ObjectNode item = this.json.egg(egg);
		if (includes.contains("nest")) {
			ApplicationJson.relate(item, "nest",
					model().findNest(egg.nestId).map(this.json::nest).orElseGet(Envelope::nullResource));
		}
		if (includes.contains("servers")) {
			ApplicationJson.relate(item, "servers", servers((server) -> server.eggId == egg.id));
		}
		if (includes.contains("variables")) {
			ApplicationJson.relate(item, "variables",
					Envelope.list(egg.variables.stream().map(this.json::eggVariable).toList()));
		}
		return item;
	}

	private ObjectNode servers(Predicate<PanelServer> filter) {
		return Envelope.list(model().servers.stream()
			.filter(filter)
			.map((server) -> this.serverJson.server(server, Set.of()))
			.toList());
	}

}
