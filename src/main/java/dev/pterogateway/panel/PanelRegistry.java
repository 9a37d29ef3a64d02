package dev.pterogateway.panel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The configured panels by name. Each panel has one {@link PanelClient} with its own
 * connection pool, concurrency limit and rate-limit state.
 */
public final class PanelRegistry implements AutoCloseable {

	private final Map<String, PanelClient> panels;

	private PanelRegistry(Map<String, PanelClient> panels) {
		this.panels = panels;
	}

	/**
	 * A registry with a plain {@link WebClient} builder and the system clock.
	 * @param properties the panel settings
	 * @return the registry; close it to release the connection pools
	 */
	public static PanelRegistry create(PanelProperties properties) {
		return create(properties, WebClient.builder(), Clock.systemUTC());
	}

	/**
	 * A registry whose clients start from the given builder (Spring Boot's, with its
	 * codecs and observation).
	 * @param properties the panel settings
	 * @param builder the builder to clone for each panel
	 * @param clock the clock for rate-limit waits and health timestamps
	 * @return the registry; close it to release the connection pools
	 */
	public static PanelRegistry create(PanelProperties properties, WebClient.Builder builder, Clock clock) {
		Map<String, PanelClient> panels = new LinkedHashMap<>();
		properties.panels()
			.forEach((name, settings) -> panels.put(name,
					new PanelClient(new PanelTransport(name, settings, builder, clock))));
		return new PanelRegistry(panels);
	}

	/**
	 * The panel names, in configuration order.
	 * @return the names
	 */
	public List<String> names() {
		return List.copyOf(this.panels.keySet());
	}

	/**
	 * One panel.
	 * @param name the panel's name
	 * @return its client
	 * @throws UnknownPanelException if no panel has that name
	 */
	public PanelClient panel(String name) {
		return find(name).orElseThrow(() -> new UnknownPanelException(name, names()));
	}

	/**
	 * One panel, if configured.
	 * @param name the panel's name
	 * @return its client
	 */
	public Optional<PanelClient> find(String name) {
		return Optional.ofNullable(this.panels.get(name));
	}

	/**
	 * Every panel, in configuration order.
	 * @return the clients
	 */
	public List<PanelClient> all() {
		return List.copyOf(this.panels.values());
	}

	/**
	 * Whether no panel is configured.
	 * @return {@code true} if there are none
	 */
	public boolean isEmpty() {
		return this.panels.isEmpty();
	}

	@Override
	public void close() {
		this.panels.values().forEach(PanelClient::close);
	}

	@Override
	public String toString() {
		return "PanelRegistry" + this.panels.values();
	}

}
