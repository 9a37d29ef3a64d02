package dev.pterogateway.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.pterogateway.panel.ServerResources;
import dev.pterogateway.panel.WingsEvent;
import dev.pterogateway.panel.WingsListener;
import dev.pterogateway.panel.WingsSocketClient;
import dev.pterogateway.panel.WingsStats;
import dev.pterogateway.panel.WingsSubscription;
import dev.pterogateway.server.DirectoryEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Stats streamed from the Wings websocket for the running servers of a panel that hosts
 * more servers than its poll budget covers. It listens on the server's shared Wings
 * connection (the same one the console uses; its token is renewed before expiry and
 * fetched within the panel's websocket-token throttle by {@link WingsSocketClient}) and
 * keeps the latest figures; the sweep turns them into one sample per sweep. A stream that
 * goes quiet or fails leaves its server to polling. Every token request of a connection
 * it listens on (opening, reconnecting, renewing) is charged to the monitor's budget in
 * {@link RequestLedger}.
 */
@Component
class StatsStreams implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StatsStreams.class);

	private final ObjectProvider<WingsSocketClient> sockets;

	private final RequestLedger ledger;

	private final MonitorMetrics metrics;

	private final MonitorProperties properties;

	private final Clock clock;

	private final Map<String, Stream> streams = new ConcurrentHashMap<>();

	StatsStreams(ObjectProvider<WingsSocketClient> sockets, RequestLedger ledger, MonitorMetrics metrics,
			MonitorProperties properties, Clock clock) {
		this.sockets = sockets;
		this.ledger = ledger;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Keeps streams open for the given servers of a panel, opening at most {@code maxNew}
	 * new ones, and closes the panel's other streams.
	 * @param panel the panel
	 * @param wanted the servers to stream
	 * @param maxNew how many streams may be opened now (each costs a token request)
	 * @return how many were opened
	 */
	int retain(String panel, Collection<DirectoryEntry> wanted, int maxNew) {
		Set<String> keep = new HashSet<>();
		wanted.forEach((entry) -> keep.add(key(panel, entry.identifier())));
		this.streams.entrySet().removeIf((stream) -> {
			boolean drop = stream.getKey().startsWith(panel + ":")
					&& (!keep.contains(stream.getKey()) || stream.getValue().closed);
			if (drop) {
				stream.getValue().close();
			}
			return drop;
		});
		WingsSocketClient client = this.sockets.getIfAvailable();
		if (client == null) {
			return 0;
		}
		int opened = 0;
		for (DirectoryEntry entry : wanted) {
			String key = key(panel, entry.identifier());
			if (opened >= maxNew || this.streams.containsKey(key)) {
				continue;
			}
			Stream stream = new Stream(panel);
			try {
				stream.subscription = client.subscribe(panel, entry.identifier(), stream);
				this.streams.put(key, stream);
				opened++;
			}
			catch (RuntimeException ex) {
				logger.debug("Cannot stream the stats of {}: {}", key, ex.toString());
			}
		}
		return opened;
	}

	/**
	 * The latest streamed figures of a server, if they are recent (within two sweep
	 * intervals).
	 * @param panel the panel
	 * @param identifier the server
	 * @return the figures as the panel's resources answer would give them
	 */
	Optional<ServerResources> fresh(String panel, String identifier) {
		Stream stream = this.streams.get(key(panel, identifier));
		if (stream == null || stream.closed) {
			return Optional.empty();
		}
		Latest latest = stream.latest;
		Instant oldest = this.clock.instant().minus(this.properties.interval().multipliedBy(2));
		if (latest == null || latest.at().isBefore(oldest)) {
			return Optional.empty();
		}
		WingsStats stats = latest.stats();
		return Optional.of(new ServerResources(stats.state(), false,
				new ServerResources.Usage(stats.memoryBytes(), stats.cpuAbsolute(), stats.diskBytes(),
						stats.networkRxBytes(), stats.networkTxBytes(), stats.uptimeMillis())));
	}

	int count(String panel) {
		return (int) this.streams.keySet().stream().filter((key) -> key.startsWith(panel + ":")).count();
	}

	@Override
	public void destroy() {
		this.streams.values().forEach(Stream::close);
		this.streams.clear();
	}

	private static String key(String panel, String identifier) {
		return panel + ":" + identifier;
	}

	/** The latest figures and when they came. */
	private record Latest(WingsStats stats, Instant at) {

	}

	/** One server's stream. */
	private final class Stream implements WingsListener {

		private final String panel;

		volatile @Nullable WingsSubscription subscription;

		volatile @Nullable Latest latest;

		volatile boolean closed;

		Stream(String panel) {
			this.panel = panel;
		}

		@Override
		public void onTokenRequested(boolean succeeded) {
			StatsStreams.this.ledger.tokenRequested(this.panel);
			StatsStreams.this.metrics.panelRequests(this.panel, MonitorMetrics.TOKEN, succeeded ? 1 : 0,
					succeeded ? 0 : 1);
		}

		@Override
		public void onEvent(WingsEvent event) {
			Optional<WingsStats> stats = WingsStats.from(event);
			if (stats.isPresent()) {
				this.latest = new Latest(stats.get(), StatsStreams.this.clock.instant());
			}
			else if (event.is(WingsEvent.STATUS) && this.latest != null && !event.args().isEmpty()) {
				WingsStats previous = this.latest.stats();
				String state = event.args().get(0);
				boolean offline = "offline".equals(state);
				this.latest = new Latest(
						new WingsStats(state, offline ? 0 : previous.memoryBytes(), previous.memoryLimitBytes(),
								offline ? 0 : previous.cpuAbsolute(), previous.diskBytes(), previous.networkRxBytes(),
								previous.networkTxBytes(), offline ? 0 : previous.uptimeMillis()),
						StatsStreams.this.clock.instant());
			}
		}

		@Override
		public void onClosed(String reason) {
			this.closed = true;
		}

		void close() {
			this.closed = true;
			WingsSubscription current = this.subscription;
			if (current != null) {
				current.close();
			}
		}

	}

}
