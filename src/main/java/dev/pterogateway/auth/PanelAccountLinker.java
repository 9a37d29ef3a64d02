package dev.pterogateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Links a user to the panel accounts with the same e-mail, asking every panel's
 * application API concurrently. A panel that is down, slow or has no application key is
 * skipped and never fails the login or registration; a lookup still running when the wait
 * ends links when it answers.
 */
@Component
class PanelAccountLinker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PanelAccountLinker.class);

	private final PanelUserLookup lookup;

	private final PanelLinks links;

	private final Duration timeout;

	private final ThreadPoolTaskExecutor executor;

	PanelAccountLinker(PanelUserLookup lookup, PanelLinks links, AuthProperties properties) {
		this.lookup = lookup;
		this.links = links;
		this.timeout = properties.auth().panelLinkTimeout();
		this.executor = executor();
	}

	/**
	 * Looks the user's e-mail up on every panel where it is not linked yet and links the
	 * matches, waiting at most {@code ptero.auth.panel-link-timeout}.
	 * @param user the user who registered or logged in
	 */
	void linkByEmail(User user) {
		Set<String> linked = this.links.of(user.getId())
			.stream()
			.filter((link) -> user.getEmail().equalsIgnoreCase(Objects.toString(link.getPanelEmail(), "")))
			.map(PanelAccount::getPanel)
			.collect(Collectors.toSet());
		List<CompletableFuture<Void>> lookups = this.lookup.panels()
			.stream()
			.filter((panel) -> !linked.contains(panel))
			.map((panel) -> CompletableFuture.runAsync(() -> linkOn(panel, user), this.executor))
			.toList();
		await(lookups, user);
	}

	private void linkOn(String panel, User user) {
		this.lookup.findByEmail(panel, user.getEmail()).ifPresent((match) -> this.links.linkMatch(user, match));
	}

	private void await(List<CompletableFuture<Void>> lookups, User user) {
		try {
			CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			logger.warn("Panel account lookup for user {} is still running after {}; links follow when the panels "
					+ "answer", user.getId(), this.timeout);
		}
		catch (ExecutionException ex) {
			logger.warn("Panel account linking for user {} failed", user.getId(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.executor.shutdown();
	}

	private static ThreadPoolTaskExecutor executor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(4);
		executor.setQueueCapacity(200);
		executor.setThreadNamePrefix("panel-link-");
		// When overloaded, the request thread does its own lookups (each bounded by the
		// panel's timeout) rather than dropping them.
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.initialize();
		return executor;
	}

}
