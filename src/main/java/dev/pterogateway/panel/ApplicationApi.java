package dev.pterogateway.panel;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The application API of one panel ({@code /api/application}): users, servers, and the
 * read-only infrastructure (nodes, locations, nests, eggs). Blocking; each call waits at
 * most the panel's timeout.
 */
public final class ApplicationApi {

	private static final int PER_PAGE = 100;

	private static final ParameterizedTypeReference<ListPage<PanelNode>> NODES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<NodeAllocation>> ALLOCATIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<PanelLocation>> LOCATIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<PanelNest>> NESTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<PanelEgg>> EGGS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<PanelEgg>> EGG = new ParameterizedTypeReference<>() {
	};

	private final PanelTransport transport;

	private final ApplicationUserApi users;

	private final ApplicationServerApi servers;

	ApplicationApi(PanelTransport transport) {
		this.transport = transport;
		this.users = new ApplicationUserApi(transport);
		this.servers = new ApplicationServerApi(transport);
	}

	/**
	 * Panel users.
	 * @return the user API
	 */
	public ApplicationUserApi users() {
		return this.users;
	}

	/**
	 * Servers by numeric id: create, resize, suspend, delete.
	 * @return the server API
	 */
	public ApplicationServerApi servers() {
		return this.servers;
	}

	/**
	 * Every node (all pages).
	 * @return the nodes
	 */
	public List<PanelNode> nodes() {
		return this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> uri.path("/api/application/nodes")
					.queryParam("per_page", PER_PAGE)
					.queryParam("page", page)
					.build(),
				NODES);
	}

	/**
	 * The allocations of a node that no server uses (all pages): candidates for
	 * {@link CreateServerRequest.Allocation}.
	 * @param node the node's id
	 * @return the free allocations
	 */
	public List<NodeAllocation> freeAllocations(int node) {
		// The panel's server_id filter keeps only unassigned allocations for a value that
		// is not a number.
		return this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> uri.path("/api/application/nodes/{node}/allocations")
					.queryParam("filter[server_id]", "none")
					.queryParam("per_page", PER_PAGE)
					.queryParam("page", page)
					.build(node),
				ALLOCATIONS);
	}

	/**
	 * Every location (all pages).
	 * @return the locations
	 */
	public List<PanelLocation> locations() {
		return this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> uri.path("/api/application/locations")
					.queryParam("per_page", PER_PAGE)
					.queryParam("page", page)
					.build(),
				LOCATIONS);
	}

	/**
	 * A cheap call that proves the panel answers and accepts the key.
	 */
	Mono<ListPage<PanelLocation>> probe() {
		return this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/locations").queryParam("per_page", 1).build(), null, LOCATIONS);
	}

	/**
	 * Every nest (all pages).
	 * @return the nests
	 */
	public List<PanelNest> nests() {
		return this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> uri.path("/api/application/nests")
					.queryParam("per_page", PER_PAGE)
					.queryParam("page", page)
					.build(),
				NESTS);
	}

	/**
	 * The eggs of a nest with their variables (not paginated by the panel).
	 * @param nest the nest's id
	 * @return the eggs
	 */
	public List<PanelEgg> eggs(int nest) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/nests/{nest}/eggs").queryParam("include", "variables").build(nest),
				null, EGGS))
			.items();
	}

	/**
	 * One egg with its variables.
	 * @param nest the nest's id
	 * @param egg the egg's id
	 * @return the egg
	 * @throws PanelNotFoundException if the egg does not exist in that nest
	 */
	public PanelEgg egg(int nest, int egg) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/nests/{nest}/eggs/{egg}")
					.queryParam("include", "variables")
					.build(nest, egg),
				null, EGG))
			.require();
	}

}
