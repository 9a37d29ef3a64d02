package dev.pterogateway.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;

import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelUnavailableException;
import dev.pterogateway.panel.ServerResources;
import dev.pterogateway.server.DirectoryEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Polls the resources of a panel's servers, a bounded number at once, each bounded by the
 * panel's timeout and all by a deadline; whatever answered by then is returned.
 */
final class ResourcePoller {

	private static final Logger logger = LoggerFactory.getLogger(ResourcePoller.class);

	private ResourcePoller() {
	}

	/** Polls the selected servers, a bounded number at once, until the interval ends. */
	static List<Polled> poll(PanelClient panel, List<DirectoryEntry> selected, int concurrency, Duration deadline) {
		if (selected.isEmpty()) {
			return List.of();
		}
		List<Polled> results = Collections.synchronizedList(new ArrayList<>());
		Duration timeout = panel.timeout();
		try {
			Flux.fromIterable(selected)
				.flatMap(
						(entry) -> panel.client()
							.resourcesAsync(entry.identifier())
							.timeout(timeout)
							.map((resources) -> new Polled(entry, resources, null))
							.onErrorResume((error) -> Mono.just(new Polled(entry, null, unwrap(panel, error)))),
						concurrency)
				.doOnNext(results::add)
				.blockLast(deadline);
		}
		catch (RuntimeException ex) {
			logger.debug("Polling panel {} did not finish within the interval: {}", panel.name(), ex.toString());
		}
		synchronized (results) {
			return new ArrayList<>(results);
		}
	}

	static Throwable unwrap(PanelClient panel, Throwable error) {
		if (error instanceof PanelException) {
			return error;
		}
		if (error instanceof TimeoutException) {
			return new PanelUnavailableException(panel.name(), PanelUnavailableException.Reason.TIMEOUT, 0, null,
					"no answer within " + panel.timeout(), error);
		}
		return error;
	}

	/**
	 * One poll's outcome.
	 *
	 * @param entry the server
	 * @param resources its usage, or {@code null} on failure
	 * @param failure why it failed, or {@code null}
	 */
	record Polled(DirectoryEntry entry, @Nullable ServerResources resources, @Nullable Throwable failure) {

	}

}
