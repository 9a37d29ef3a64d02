package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PanelUnavailableException;
import dev.pterogateway.panel.RateLimitStatus;
import dev.pterogateway.panel.ServerResources;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.DirectoryState;
import dev.pterogateway.server.ServerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * One sweep: every panel in its own task, concurrently and independently, each bounded by
 * the sweep interval; a panel whose previous sweep still runs is skipped. A panel's task
 * lists the panel again, polls as many servers as its rate-limit budget allows (the least
 * fresh first; on a panel with more servers than that, servers whose Wings stats stream
 * is live are taken from {@link StatsStreams} instead), stores the samples, publishes
 * them and applies the alert policy.
 */
class MonitorSweep {

	private static final Logger logger = LoggerFactory.getLogger(MonitorSweep.class);

	private final PanelRegistry panels;

	private final ServerDirectory directory;

	private final SampleStore samples;

	private final AlertTracker alerts;

	private final StopRequests stops;

	private final StatsStreams streams;

	private final Notifications notifications;

	private final Recipients recipients;

	private final ApplicationEventPublisher events;

	private final MonitorMetrics metrics;

	private final MonitorProperties properties;

	private final Clock clock;

	private final ExecutorService executor;

	private final Map<String, PanelSweep> sweeps = new ConcurrentHashMap<>();

	MonitorSweep(PanelRegistry panels, ServerDirectory directory, SampleStore samples, AlertTracker alerts,
			StopRequests stops, StatsStreams streams, Notifications notifications, Recipients recipients,
			ApplicationEventPublisher events, MonitorMetrics metrics, MonitorProperties properties, Clock clock,
			ExecutorService executor) {
		this.panels = panels;
		this.directory = directory;
		this.samples = samples;
		this.alerts = alerts;
		this.stops = stops;
		this.streams = streams;
		this.notifications = notifications;
		this.recipients = recipients;
		this.events = events;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
		this.executor = executor;
	}

	/**
	 * Sweeps every panel; returns when all are done or the interval has passed.
	 */
	void sweep() {
		long deadline = System.nanoTime() + this.properties.interval().toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (String name : this.panels.names()) {
			PanelSweep sweep = this.sweeps.computeIfAbsent(name, PanelSweep::new);
			if (!sweep.inFlight.compareAndSet(false, true)) {
				logger.debug("Panel {} is still being swept; skipping it this time", name);
				continue;
			}
			running.add(this.executor.submit(() -> {
				try {
					sweepPanel(sweep);
				}
				catch (RuntimeException ex) {
					logger.warn("Sweep of panel {} failed: {}", name, ex.toString());
				}
				finally {
					sweep.inFlight.set(false);
				}
			}));
		}
		for (Future<?> task : running) {
			try {
				task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				// that panel keeps going on its own and is skipped until it finishes
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void close() {
		this.executor.shutdownNow();
	}

	/**
	 * The latest sweep of every panel.
	 * @return the statuses, by panel
	 */
	List<PanelSweepStatus> statuses() {
		List<PanelSweepStatus> statuses = new ArrayList<>();
		for (String name : this.panels.names()) {
			PanelSweep sweep = this.sweeps.get(name);
			PanelSweepStatus status = (sweep != null) ? sweep.status : null;
			if (status != null) {
				statuses.add(status);
			}
		}
		return statuses;
	}

	private void sweepPanel(PanelSweep sweep) {
		long started = System.nanoTime();
		String name = sweep.panel;
		PanelClient panel = this.panels.panel(name);
		List<DirectoryEntry> entries = this.directory.refresh(name);
		DirectoryState state = this.directory.states().get(name);
		String listingFailure = (state != null) ? state.failure() : "not listed";
		if (listingFailure == null) {
			announceCreated(sweep.listed(entries));
		}
		Instant now = this.clock.instant();
		RateLimitStatus rateLimit = panel.rateLimit(PanelApi.CLIENT);
		int budget = panel.supports(PanelApi.CLIENT)
				? PollBudget.perSweep(rateLimit, this.properties.budgetShare(), this.properties.interval(), now) : 0;
		List<Observed> observed = new ArrayList<>();
		List<DirectoryEntry> pollable = entries;
		if (entries.size() > budget && budget > 0) {
			budget -= this.streams.retain(name, entries, Math.max(1, budget / 2));
			pollable = new ArrayList<>();
			for (DirectoryEntry entry : entries) {
				Optional<ServerResources> streamed = this.streams.fresh(name, entry.identifier());
				if (streamed.isPresent()) {
					sweep.polled(entry.identifier(), now);
					observed.add(new Observed(entry, StatsMapper.toSample(entry, streamed.get(), now)));
				}
				else {
					pollable.add(entry);
				}
			}
		}
		else {
			this.streams.retain(name, List.of(), 0);
		}
		int streamedCount = observed.size();
		List<DirectoryEntry> selected = sweep.select(pollable, budget);
		List<ResourcePoller.Polled> results = ResourcePoller.poll(panel, selected, this.properties.concurrency(),
				this.properties.interval());
		int unavailable = 0;
		int polledOk = 0;
		String failure = listingFailure;
		for (ResourcePoller.Polled result : results) {
			sweep.polled(result.entry().identifier(), now);
			if (result.resources() != null) {
				observed
					.add(new Observed(result.entry(), StatsMapper.toSample(result.entry(), result.resources(), now)));
				polledOk++;
			}
			else if (result.failure() instanceof PanelUnavailableException) {
				unavailable++;
				failure = result.failure().getMessage();
			}
		}
		int answered = results.size() - unavailable;
		if (results.size() < selected.size()) {
			unavailable += selected.size() - results.size();
			failure = (failure != null) ? failure : "no answer within " + this.properties.interval();
		}
		this.samples.insert(observed.stream().map(Observed::sample).toList());
		for (Observed one : observed) {
			observe(sweep, one.entry(), one.sample());
		}
		boolean reachable = answered > 0 || (listingFailure == null && unavailable == 0);
		this.alerts.panel(name, reachable, (failure != null) ? failure : "no answer");
		RateLimitStatus after = panel.rateLimit(PanelApi.CLIENT);
		this.metrics.observed(name, observed.size());
		this.metrics.panelRequests(name, polledOk, selected.size() - polledOk);
		if (after.remaining() != null) {
			this.metrics.rateLimitRemaining(name, after.remaining());
		}
		this.metrics.sweepTook(name, Duration.ofNanos(System.nanoTime() - started));
		logger.debug("Swept panel {}: {} servers, {} streamed, budget {}, {} polled, {} answered, reachable {}", name,
				entries.size(), streamedCount, budget, selected.size(), answered, reachable);
		sweep.status = new PanelSweepStatus(name, reachable ? "ok" : "degraded", this.clock.instant(), entries.size(),
				selected.size(), streamedCount, budget, after.limit(), after.remaining(), sweep.oldestAge(entries, now),
				reachable ? null : failure);
	}

	private void observe(PanelSweep sweep, DirectoryEntry entry, MetricSample sample) {
		try {
			PanelSweep.Seen previous = sweep.seen(entry.identifier());
			Instant since = ((previous != null) ? previous.at() : sample.at()).minus(this.properties.interval());
			boolean stopRequested = this.stops.requestedSince(entry.panel(), entry.identifier(), since);
			sweep.seen(entry.identifier(), sample.state(), sample.at());
			this.events.publishEvent(StatsMapper.toEvent(entry, sample));
			this.alerts.observe(entry, sample, (previous != null) ? previous.state() : null, stopRequested);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not process the sample of {}:{}: {}", entry.panel(), entry.identifier(), ex.toString());
		}
	}

	private void announceCreated(List<DirectoryEntry> created) {
		for (DirectoryEntry entry : created) {
			try {
				this.notifications.serverCreated(entry.panel(), entry.identifier(), entry.name(), this.recipients
					.owners(entry.panel(), (entry.ownerId() != null) ? (long) entry.ownerId() : null));
			}
			catch (RuntimeException ex) {
				logger.warn("Could not queue the creation mail of {}:{}: {}", entry.panel(), entry.identifier(),
						ex.toString());
			}
		}
	}

	/**
	 * A server and what was observed of it.
	 *
	 * @param entry the server
	 * @param sample the observation
	 */
	record Observed(DirectoryEntry entry, MetricSample sample) {

	}

}
