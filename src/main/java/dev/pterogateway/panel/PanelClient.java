package dev.pterogateway.panel;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Everything the gateway can ask one panel, split by area: {@link #client()} (servers,
 * power, console), {@link #backups()} and {@link #application()} (users, create, resize,
 * suspend, nodes, eggs). An area whose key is not configured throws
 * {@link PanelApiNotConfiguredException}. All calls share the panel's concurrency limit
 * and rate-limit state.
 */
public final class PanelClient {

	private final PanelTransport transport;

	private final ClientApi client;

	private final ClientBackupApi backups;

	private final ApplicationApi application;

	PanelClient(PanelTransport transport) {
		this.transport = transport;
		this.client = new ClientApi(transport);
		this.backups = new ClientBackupApi(transport);
		this.application = new ApplicationApi(transport);
	}

	/**
	 * The panel's name, as in ids such as {@code oci:1a7ce997}.
	 * @return the name
	 */
	public String name() {
		return this.transport.name();
	}

	/**
	 * The panel's base URL.
	 * @return the URL
	 */
	public URI url() {
		return this.transport.settings().url();
	}

	/**
	 * The longest time one call to this panel may take.
	 * @return the timeout
	 */
	public Duration timeout() {
		return this.transport.timeout();
	}

	/**
	 * The APIs that have a key.
	 * @return the configured APIs
	 */
	public Set<PanelApi> configuredApis() {
		return this.transport.configuredApis();
	}

	/**
	 * Whether an API has a key.
	 * @param api the API
	 * @return {@code true} if it can be called
	 */
	public boolean supports(PanelApi api) {
		return this.transport.settings().hasKey(api);
	}

	/**
	 * The client API: servers, resources, power, console, startup, allocations.
	 * @return the client API
	 * @throws PanelApiNotConfiguredException if the panel has no client key
	 */
	public ClientApi client() {
		this.transport.requireApi(PanelApi.CLIENT);
		return this.client;
	}

	/**
	 * Server backups (on the client API).
	 * @return the backup API
	 * @throws PanelApiNotConfiguredException if the panel has no client key
	 */
	public ClientBackupApi backups() {
		this.transport.requireApi(PanelApi.CLIENT);
		return this.backups;
	}

	/**
	 * The application API: users, servers by id, nodes, locations, nests, eggs.
	 * @return the application API
	 * @throws PanelApiNotConfiguredException if the panel has no application key
	 */
	public ApplicationApi application() {
		this.transport.requireApi(PanelApi.APPLICATION);
		return this.application;
	}

	/**
	 * What the latest calls said about the panel, without calling it.
	 * @return the health
	 */
	public PanelHealth health() {
		return this.transport.health();
	}

	/**
	 * Calls the panel once (the client account, or a one-item location list without a
	 * client key) and reports its health. Waits at most the timeout; never throws a
	 * {@link PanelException}.
	 * @return the health after the call
	 */
	public PanelHealth checkHealth() {
		PanelHealth health = checkHealthAsync().block(timeout().plusSeconds(1));
		return (health != null) ? health : health();
	}

	Mono<PanelHealth> checkHealthAsync() {
		Mono<?> probe = supports(PanelApi.CLIENT) ? this.client.accountAsync() : this.application.probe();
		return this.transport.bounded(probe)
			.then(Mono.fromSupplier(this::health))
			.onErrorResume(PanelException.class, (error) -> Mono.fromSupplier(this::health));
	}

	/**
	 * The latest rate-limit figures the panel sent for an API.
	 * @param api the API
	 * @return the status
	 */
	public RateLimitStatus rateLimit(PanelApi api) {
		return this.transport.rateLimit(api);
	}

	@Nullable Instant lastOutcome() {
		return this.transport.status().lastOutcome();
	}

	void close() {
		this.transport.close();
	}

	@Override
	public String toString() {
		return "PanelClient[" + name() + " at " + this.transport.settings().displayUrl() + ", apis=" + configuredApis()
				+ "]";
	}

}
