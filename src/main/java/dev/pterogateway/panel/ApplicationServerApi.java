package dev.pterogateway.panel;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * Servers through the application API ({@code /api/application/servers}), addressed by
 * numeric id: create, change build/details/startup, suspend, reinstall, delete. Updates
 * are full replacements; start from the {@code from(…)} factories of the request records.
 * Blocking; each call waits at most the panel's timeout.
 */
public final class ApplicationServerApi {

	private static final int SERVERS_PER_PAGE = 100;

	private static final ParameterizedTypeReference<ListPage<ApplicationServer>> SERVERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<ApplicationServer>> SERVER = new ParameterizedTypeReference<>() {
	};

	private final PanelTransport transport;

	ApplicationServerApi(PanelTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every server of the panel (all pages), with owner, node and egg ids.
	 * @return the servers in id order
	 */
	public List<ApplicationServer> list() {
		return this.transport.await(listAsync());
	}

	/**
	 * Like {@link #list()}, without blocking; each page is bounded by the timeout.
	 * @return the servers
	 */
	public Mono<List<ApplicationServer>> listAsync() {
		return this.transport.allPages(PanelApi.APPLICATION,
				(uri, page) -> uri.path("/api/application/servers")
					.queryParam("sort", "id")
					.queryParam("per_page", SERVERS_PER_PAGE)
					.queryParam("page", page)
					.build(),
				SERVERS);
	}

	/**
	 * One server.
	 * @param id the server's numeric id (the client API's {@code internal_id})
	 * @return the server
	 * @throws PanelNotFoundException if there is none
	 */
	public ApplicationServer get(int id) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/servers/{id}").build(id), null, SERVER))
			.require();
	}

	/**
	 * The server with this 8-character identifier.
	 * @param identifier the identifier
	 * @return the server, if any
	 */
	public Optional<ApplicationServer> findByIdentifier(String identifier) {
		List<ApplicationServer> candidates = this.transport
			.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/servers")
						.queryParam("filter[uuidShort]", "{identifier}")
						.build(identifier),
					null, SERVERS))
			.items();
		// The panel's filters match substrings.
		return candidates.stream().filter((server) -> server.identifier().equals(identifier)).findFirst();
	}

	/**
	 * The server with an external id.
	 * @param externalId the external id
	 * @return the server, if any
	 */
	public Optional<ApplicationServer> findByExternalId(String externalId) {
		try {
			return Optional.of(this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/servers/external/{externalId}").build(externalId), null,
					SERVER))
				.require());
		}
		catch (PanelNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Creates a server. It comes back {@code installing}; Wings installs it
	 * asynchronously.
	 * @param request the server
	 * @return the new server
	 * @throws PanelValidationException if a field or egg variable is invalid
	 * @throws PanelConflictException if no node or allocation fits a {@code deploy}
	 */
	public ApplicationServer create(CreateServerRequest request) {
		return this.transport
			.await(this.transport.retrieve(HttpMethod.POST, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/servers").build(), request, SERVER))
			.require();
	}

	/**
	 * Replaces name, owner, external id and description.
	 * @param id the server's id
	 * @param request the new details
	 * @return the updated server
	 */
	public ApplicationServer updateDetails(int id, ServerDetailsRequest request) {
		return update(id, "details", request);
	}

	/**
	 * Replaces limits, feature limits and allocations (a resize).
	 * @param id the server's id
	 * @param request the new build
	 * @return the updated server
	 */
	public ApplicationServer updateBuild(int id, ServerBuildRequest request) {
		return update(id, "build", request);
	}

	/**
	 * Changes the startup command, egg, image and some variables.
	 * @param id the server's id
	 * @param request the new startup
	 * @return the updated server
	 */
	public ApplicationServer updateStartup(int id, ServerStartupRequest request) {
		return update(id, "startup", request);
	}

	private ApplicationServer update(int id, String part, Object request) {
		return this.transport
			.await(this.transport.retrieve(HttpMethod.PATCH, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/servers/{id}/{part}").build(id, part), request, SERVER))
			.require();
	}

	/**
	 * Suspends a server (a no-op if it already is).
	 * @param id the server's id
	 */
	public void suspend(int id) {
		action(id, "suspend");
	}

	/**
	 * Lifts a suspension (a no-op if there is none).
	 * @param id the server's id
	 */
	public void unsuspend(int id) {
		action(id, "unsuspend");
	}

	/**
	 * Reinstalls a server; it is {@code installing} until Wings is done.
	 * @param id the server's id
	 */
	public void reinstall(int id) {
		action(id, "reinstall");
	}

	private void action(int id, String action) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/servers/{id}/{action}").build(id, action), null));
	}

	/**
	 * Deletes a server; if Wings fails, nothing is deleted and its error is thrown.
	 * @param id the server's id
	 */
	public void delete(int id) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.DELETE, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/servers/{id}").build(id), null));
	}

	/**
	 * Deletes a server's panel records even if Wings fails.
	 * @param id the server's id
	 */
	public void forceDelete(int id) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.DELETE, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/servers/{id}/force").build(id), null));
	}

}
