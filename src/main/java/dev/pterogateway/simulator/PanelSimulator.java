package dev.pterogateway.simulator;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated Pterodactyl panel and its Wings node, served over HTTP and WebSocket on
 * its own loopback port. Start one per simulated panel; close it when done.
 */
public final class PanelSimulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PanelSimulator.class);

	private final SimulatorSettings settings;

	private final PanelModel model;

	private final PanelAddress address;

	private final ScheduledExecutorService scheduler;

	private final Faults faults = new Faults();

	private final RequestLog log = new RequestLog();

	private final SimulatorState state;

	private final HttpFrontend frontend;

	private final WingsEndpoint wings;

	private boolean listening;

	private PanelSimulator(SimulatorSettings settings) {
		this.settings = settings;
		this.model = new PanelModel(settings.name(), settings.clock(), settings.seed());
		new FleetSeeder(settings, this.model).seed();
		this.address = new PanelAddress();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "simulator-" + settings.name());
			thread.setDaemon(true);
			return thread;
		});
		PowerStateMachine power = new PowerStateMachine(settings, this.model, this.scheduler);
		SimulatorContext context = new SimulatorContext(settings, this.model, this.address, this.scheduler, power,
				this.faults);
		this.state = new SimulatorState(this.model, power);
		RouteTable routes = SimulatorRoutes.create(context);
		ApiDispatcher dispatcher = new ApiDispatcher(context, routes, new RateLimiter(settings.clock()),
				Envelope.MAPPER);
		this.wings = new WingsEndpoint(context);
		this.frontend = new HttpFrontend(context, dispatcher, this.wings, this.faults, this.log, Envelope.MAPPER);
	}

	/**
	 * Seeds the fleet and starts listening on {@code 127.0.0.1:settings.port()}.
	 * @param settings the settings (port 0 for an ephemeral port)
	 * @return the running simulator
	 */
	public static PanelSimulator start(SimulatorSettings settings) {
		PanelSimulator simulator = new PanelSimulator(settings);
		simulator.listen(settings.port());
		logger.debug("Simulated panel {} listening at {}", settings.name(), simulator.url());
		return simulator;
	}

	private synchronized void listen(int port) {
		int bound = this.frontend.bind(port);
		this.address.bound(bound);
		synchronized (this.model) {
			this.model.nodes.forEach((node) -> node.daemonListen = bound);
		}
		this.listening = true;
	}

	public String name() {
		return this.settings.name();
	}

	/**
	 * The panel URL.
	 * @return {@code http://127.0.0.1:<port>}, without trailing slash or {@code /api}
	 */
	public URI url() {
		return this.address.url();
	}

	/**
	 * The client key of the seeded root admin.
	 * @return a 48-character {@code ptlc_} key
	 */
	public String clientKey() {
		return clientKeyFor(FleetSeeder.ADMIN_EMAIL);
	}

	/**
	 * The application key with every {@code r_*} permission.
	 * @return a 48-character {@code ptla_} key
	 */
	public String applicationKey() {
		synchronized (this.model) {
			PanelUser admin = this.model.findUserByEmail(FleetSeeder.ADMIN_EMAIL).orElseThrow();
			return this.model.applicationKey(admin).token();
		}
	}

	/**
	 * The client key of a panel user, created on first request.
	 * @param email the user's e-mail
	 * @return a 48-character {@code ptlc_} key
	 * @throws NoSuchElementException if the panel has no such user
	 */
	public String clientKeyFor(String email) {
		synchronized (this.model) {
			PanelUser user = this.model.findUserByEmail(email)
				.orElseThrow(() -> new NoSuchElementException("No panel user '" + email + "'"));
			return this.model.findClientKey(user)
				.orElseGet(() -> this.model.createKey(user, ApiKey.CLIENT_PREFIX))
				.token();
		}
	}

	public SimulatorState state() {
		return this.state;
	}

	public Faults faults() {
		return this.faults;
	}

	/**
	 * Every request received so far, oldest first.
	 * @return the requests
	 */
	public List<RecordedRequest> requests() {
		return this.log.snapshot();
	}

	/** Stops listening (connections are then refused); the state is kept. */
	public synchronized void stop() {
		if (this.listening) {
			this.frontend.dispose();
			this.listening = false;
		}
	}

	/**
	 * Listens again on the same port with the same state. Like a restarted Wings, the
	 * websocket then rejects tokens issued before the restart.
	 */
	public synchronized void restart() {
		stop();
		this.wings.booted();
		listen(this.address.port());
	}

	/** Stops listening and releases the timers. */
	@Override
	public void close() {
		this.faults.clear();
		stop();
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
