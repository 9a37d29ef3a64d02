package dev.pterogateway.panel;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriBuilder;

/**
 * The client API of one panel ({@code /api/client}) with its root-admin key: account,
 * servers, resources, power, console and settings. Blocking methods wait at most the
 * panel's timeout per call and throw {@link PanelException}s; the {@code …Async} variants
 * are for bounded fan-outs (monitor).
 */
public final class ClientApi {

	private static final int SERVERS_PER_PAGE = 100;

	private static final ParameterizedTypeReference<Item<ClientAccount>> ACCOUNT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<ClientServer>> SERVERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<ClientServer>> SERVER = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<ServerResources>> RESOURCES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<WebsocketAnswer> WEBSOCKET = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<StartupListing> STARTUP = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<StartupVariable>> VARIABLE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListPage<ClientAllocation>> ALLOCATIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<ClientAllocation>> ALLOCATION = new ParameterizedTypeReference<>() {
	};

	private final PanelTransport transport;

	ClientApi(PanelTransport transport) {
		this.transport = transport;
	}

	/**
	 * The account that owns our client key ({@code GET /api/client/account}).
	 * @return the account
	 */
	public ClientAccount account() {
		return this.transport.await(accountAsync());
	}

	Mono<ClientAccount> accountAsync() {
		return this.transport
			.retrieve(HttpMethod.GET, PanelApi.CLIENT, (uri) -> uri.path("/api/client/account").build(), null, ACCOUNT)
			.map(Item::require);
	}

	/**
	 * Every server on the panel ({@code GET /api/client?type=admin-all}, all pages, with
	 * {@code include=egg}). Needs a root admin's key; another account's key sees none.
	 * @return the servers in the panel's order
	 */
	public List<ClientServer> servers() {
		return this.transport.awaitAllPages(PanelApi.CLIENT, this::serversPage, SERVERS);
	}

	/**
	 * Like {@link #servers()}, without blocking; each page is bounded by the timeout, the
	 * whole listing is not.
	 * @return the servers
	 */
	public Mono<List<ClientServer>> serversAsync() {
		return this.transport.allPages(PanelApi.CLIENT, this::serversPage, SERVERS);
	}

	private URI serversPage(UriBuilder uri, int page) {
		return uri.path("/api/client")
			.queryParam("type", "admin-all")
			.queryParam("include", "egg")
			.queryParam("per_page", SERVERS_PER_PAGE)
			.queryParam("page", page)
			.build();
	}

	/**
	 * One server, whatever its state ({@code GET /api/client/servers/{server}} with
	 * {@code include=egg}).
	 * @param identifier the 8-character identifier or the uuid
	 * @return the server
	 * @throws PanelNotFoundException if there is no such server
	 */
	public ClientServer server(String identifier) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}").queryParam("include", "egg").build(identifier), null,
				SERVER))
			.require();
	}

	/**
	 * A server's live usage (memory and disk in bytes). The panel caches it 20 seconds.
	 * @param identifier the identifier
	 * @return the usage
	 * @throws PanelConflictException if the server is suspended, installing or restoring
	 */
	public ServerResources resources(String identifier) {
		return this.transport.await(resourcesAsync(identifier));
	}

	/**
	 * Like {@link #resources(String)}, without blocking; bounded by the timeout.
	 * @param identifier the identifier
	 * @return the usage
	 */
	public Mono<ServerResources> resourcesAsync(String identifier) {
		return this.transport
			.retrieve(HttpMethod.GET, PanelApi.CLIENT,
					(uri) -> uri.path("/api/client/servers/{server}/resources").build(identifier), null, RESOURCES)
			.map(Item::require);
	}

	/**
	 * A token and URL for the server's Wings console websocket (token valid 10 minutes).
	 * @param identifier the identifier
	 * @return the credentials
	 */
	public WebsocketCredentials websocket(String identifier) {
		return this.transport
			.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
					(uri) -> uri.path("/api/client/servers/{server}/websocket").build(identifier), null, WEBSOCKET))
			.data();
	}

	/**
	 * Sends a power signal. The panel only accepts it; the state changes asynchronously.
	 * @param identifier the identifier
	 * @param signal the signal
	 */
	public void power(String identifier, PowerSignal signal) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/power").build(identifier),
				Map.of("signal", signal.wireValue())));
	}

	/**
	 * Types a command into the server's console.
	 * @param identifier the identifier
	 * @param command the command line
	 * @throws PanelConflictException with code
	 * {@link PanelConflictException#SERVER_OFFLINE} if the server is not running
	 */
	public void command(String identifier, String command) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/command").build(identifier),
				Map.of("command", command)));
	}

	/**
	 * Renames a server.
	 * @param identifier the identifier
	 * @param name the new name (1–191 characters)
	 * @param description the new description, or {@code null} to keep it
	 */
	public void rename(String identifier, String name, @Nullable String description) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("name", name);
		if (description != null) {
			body.put("description", description);
		}
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/settings/rename").build(identifier), body));
	}

	/**
	 * Reinstalls a server: it is {@code installing} at once, so most calls answer 409
	 * until Wings is done.
	 * @param identifier the identifier
	 */
	public void reinstall(String identifier) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/settings/reinstall").build(identifier), null));
	}

	/**
	 * A server's startup command, images and user-viewable variables.
	 * @param identifier the identifier
	 * @return the startup
	 */
	public ServerStartup startup(String identifier) {
		StartupListing listing = this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/startup").build(identifier), null, STARTUP));
		return listing.toStartup();
	}

	/**
	 * Changes one startup variable; the panel checks the value against the variable's
	 * rules (422).
	 * @param identifier the identifier
	 * @param key the environment variable, such as {@code SERVER_JARFILE}
	 * @param value the value, or {@code null} for empty
	 * @return the variable as now stored
	 */
	public StartupVariable updateVariable(String identifier, String key, @Nullable String value) {
		Map<String, @Nullable String> body = new LinkedHashMap<>();
		body.put("key", key);
		body.put("value", value);
		return this.transport.await(this.transport.retrieve(HttpMethod.PUT, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/startup/variable").build(identifier), body, VARIABLE))
			.require();
	}

	/**
	 * A server's network allocations.
	 * @param identifier the identifier
	 * @return the allocations
	 */
	public List<ClientAllocation> allocations(String identifier) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/network/allocations").build(identifier), null,
				ALLOCATIONS))
			.items();
	}

	/**
	 * Makes an allocation the server's primary one.
	 * @param identifier the identifier
	 * @param allocation the allocation's id
	 * @return the allocation, now primary
	 */
	public ClientAllocation makePrimary(String identifier, int allocation) {
		return this.transport.await(this.transport.retrieve(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/network/allocations/{allocation}/primary")
					.build(identifier, allocation),
				null, ALLOCATION))
			.require();
	}

	/**
	 * The answer of {@code GET …/websocket}, which has no Fractal envelope.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record WebsocketAnswer(@JsonProperty("data") WebsocketCredentials data) {

	}

}
