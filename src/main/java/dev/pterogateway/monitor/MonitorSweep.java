package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PanelUnavailableException;
import dev.pterogateway.panel.RateLimitStatus;
import dev.pterogateway.panel.ServerResources;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.DirectoryState;
import dev.pterogateway.server.ServerDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The sweep of one panel, run by {@link SweepSchedule} on the panel's own schedule: lists
 * the panel again (when its budget allows; else its servers as last listed), polls as
 * many servers as its rate-limit budget allows (the least fresh first; on a panel with
 * more servers than one sweep may poll, running servers whose Wings stats stream is live
 * are taken from {@link StatsStreams} instead), stores the samples, publishes them and
 * applies the alert policy. Every call it sends is charged to {@link RequestLedger}.
 */
class MonitorSweep {

	private static final Logger logger = LoggerFactory.getLogger(MonitorSweep.class);

	/** Servers per page of a listing, client or application API. */
	private static final int LISTING_PAGE = 100;

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

	private final RequestLedger ledger;

	private final MonitorProperties properties;

	private final Clock clock;

	private final Map<String, PanelSweep> sweeps = new ConcurrentHashMap<>();

	MonitorSweep(PanelRegistry panels, ServerDirectory directory, SampleStore samples, AlertTracker alerts,
			StopRequests stops, StatsStreams streams, Notifications notifications, Recipients recipients,
			ApplicationEventPublisher events, MonitorMetrics metrics, RequestLedger ledger,
			MonitorProperties properties, Clock clock) {
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
		this.ledger = ledger;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What the monitor remembers about a panel.
	 * @param panel the panel
	 * @return its state, created on first use
	 */
	PanelSweep state(String panel) {
		return this.sweeps.computeIfAbsent(panel, PanelSweep::new);
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

	/**
	 * Sweeps one panel once.
	 * @param name the panel
	 */
	void sweepPanel(String name) {
		long started = System.nanoTime();
		PanelSweep sweep = state(name);
		PanelClient panel = this.panels.panel(name);
		Listing listing = list(panel);
		List<DirectoryEntry> entries = listing.entries();
		Instant now = this.clock.instant();
		RateLimitStatus rateLimit = panel.rateLimit(PanelApi.CLIENT);
		double share = this.properties.budgetShare();
		int budget = 0;
		int paced = 0;
		if (panel.supports(PanelApi.CLIENT)) {
			paced = PollBudget.paced(rateLimit, share, this.properties.interval());
			budget = Math.max(0, PollBudget.perSweep(rateLimit, share, this.properties.interval(),
					this.ledger.committed(name, PanelApi.CLIENT), now) - listing.clientCalls());
		}
		List<Observed> observed = new ArrayList<>();
		List<DirectoryEntry> pollable = entries;
		if (entries.size() > paced && paced > 0) {
			List<DirectoryEntry> running = entries.stream().filter((entry) -> sweep.up(entry.identifier())).toList();
			budget -= this.streams.retain(name, running, (budget + 1) / 2);
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
		this.ledger.sent(name, PanelApi.CLIENT, selected.size());
		List<ResourcePoller.Polled> results = ResourcePoller.poll(panel, selected, this.properties.concurrency(),
				this.properties.interval());
		int unavailable = 0;
		int polledOk = 0;
		String failure = listing.failure();
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
		boolean reachable = answered > 0 || (listing.failure() == null && unavailable == 0);
		this.alerts.panel(name, reachable, (failure != null) ? failure : "no answer");
		RateLimitStatus after = panel.rateLimit(PanelApi.CLIENT);
		this.metrics.observed(name, observed.size());
		this.metrics.panelRequests(name, MonitorMetrics.RESOURCES, polledOk, selected.size() - polledOk);
		if (after.remaining() != null) {
			this.metrics.rateLimitRemaining(name, after.remaining());
		}
		this.metrics.sweepTook(name, Duration.ofNanos(System.nanoTime() - started));
		logger.debug(
				"Swept panel {}: {} servers, listed {}, {} streamed, budget {}, {} polled, {} answered, "
						+ "reachable {}",
				name, entries.size(), listing.listed(), streamedCount, budget, selected.size(), answered, reachable);
		sweep.status = new PanelSweepStatus(name, reachable ? "ok" : "degraded", this.clock.instant(), entries.size(),
				selected.size(), streamedCount, budget, after.limit(), after.remaining(), sweep.oldestAge(entries, now),
				reachable ? null : failure);
	}

	/**
	 * Lists the panel again if the budget of the API the listing uses (the application
	 * API when the panel has that key) allows all its pages; otherwise goes on with the
	 * servers as last listed.
	 */
	private Listing list(PanelClient panel) {
		String name = panel.name();
		PanelApi api = panel.supports(PanelApi.APPLICATION) ? PanelApi.APPLICATION : PanelApi.CLIENT;
		DirectoryState previous = this.directory.state(name);
		List<DirectoryEntry> known = this.directory.known(name);
		int pages = pages(known.size());
		int available = PollBudget.available(panel.rateLimit(api), this.properties.budgetShare(),
				this.ledger.committed(name, api), this.clock.instant());
		if (available < pages) {
			logger.debug("Panel {}: no {} budget left for a listing; using the last one", name, api.label());
			return new Listing(known, false, previous.failure(), 0);
		}
		List<DirectoryEntry> entries = this.directory.refresh(name);
		int sent = Math.max(pages, pages(entries.size()));
		this.ledger.sent(name, api, sent);
		String failure = this.directory.state(name).failure();
		this.metrics.panelRequests(name, MonitorMetrics.LISTING, (failure == null) ? sent : 0,
				(failure == null) ? 0 : 1);
		if (failure == null) {
			announceCreated(state(name).listed(entries));
		}
		return new Listing(entries, true, failure, (api == PanelApi.CLIENT) ? sent : 0);
	}

	private static int pages(int servers) {
		return Math.max(1, (servers + LISTING_PAGE - 1) / LISTING_PAGE);
	}

	private void observe(PanelSweep sweep, DirectoryEntry entry, MetricSample sample) {
		try {
			PanelSweep.Seen previous = sweep.seen(entry.identifier());
			Instant since = ((previous != null) ? previous.at() : sample.at()).minus(this.properties.interval());
			boolean stopRequested = this.stops.requestedSince(entry.panel(), entry.identifier(), since);
			sweep.seen(entry.identifier(), sample.state(), sample.at());
			ServerStatsSampled stats = StatsMapper.toEvent(entry, sample);
			this.events.publishEvent(stats);
			this.alerts.observe(entry, stats, (previous != null) ? previous.state() : null, stopRequested);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not process the sample of {}:{}: {}", entry.panel(), entry.identifier(), ex.toString());
		}
	}

	private void announceCreated(List<DirectoryEntry> created) {
		for (DirectoryEntry entry : created) {
			try {
				this.notifications.serverCreated(entry.panel(), entry.identifier(), entry.name(), () -> this.recipients
					.owners(entry.panel(), (entry.ownerId() != null) ? (long) entry.ownerId() : null));
			}
			catch (RuntimeException ex) {
				logger.warn("Could not queue the creation mail of {}:{}: {}", entry.panel(), entry.identifier(),
						ex.toString());
			}
		}
	}

	/**
	 * The servers a sweep works on.
	 *
	 * @param entries the servers
	 * @param listed whether the panel was listed in this sweep
	 * @param failure why the latest listing failed, or {@code null}
	 * @param clientCalls client-API calls the listing took (none when it used the
	 * application API)
	 */
	record Listing(List<DirectoryEntry> entries, boolean listed, @Nullable String failure, int clientCalls) {

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
