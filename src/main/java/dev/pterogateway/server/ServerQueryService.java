package dev.pterogateway.server;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ClientServer;
import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelNotFoundException;
import dev.pterogateway.panel.PanelRegistry;

/**
 * Reads servers: the caller's servers on every panel, from the directory, and one
 * server's details from its panel.
 */
public class ServerQueryService {

	private static final Comparator<ServerSummary> ORDER = Comparator
		.comparing((ServerSummary server) -> server.name().toLowerCase(Locale.ROOT))
		.thenComparing(ServerSummary::panel)
		.thenComparing(ServerSummary::id);

	private final ServerAccess access;

	private final ServerDirectory directory;

	private final PanelRegistry panels;

	private final ServerOrigins origins;

	private final Executor panelCalls;

	ServerQueryService(ServerAccess access, ServerDirectory directory, PanelRegistry panels, ServerOrigins origins,
			Executor panelCalls) {
		this.access = access;
		this.directory = directory;
		this.panels = panels;
		this.origins = origins;
		this.panelCalls = panelCalls;
	}

	/**
	 * One page of the servers the caller may see, sorted by name. A panel that cannot be
	 * listed contributes the servers it had when it last could, and makes the answer
	 * {@code degraded}.
	 * @param caller who asks
	 * @param query filters and paging
	 * @return the page
	 */
	public ServerList list(Caller caller, ServerListQuery query) {
		List<ServerSummary> matching = this.access.visibleTo(caller)
			.stream()
			.map(ServerSummary::from)
			.filter(query::matches)
			.sorted(ORDER)
			.toList();
		Collection<DirectoryState> states = this.directory.states().values();
		List<ServerList.PanelListing> listings = states.stream().map(ServerList.PanelListing::from).toList();
		boolean degraded = states.stream().anyMatch((state) -> !state.isCurrent());
		int size = query.sizeOrDefault();
		int page = query.pageOrDefault();
		long from = Math.min((long) page * size, matching.size());
		List<ServerSummary> data = matching.subList((int) from, (int) Math.min(from + size, matching.size()));
		int totalPages = (matching.size() + size - 1) / size;
		return new ServerList(data, new ServerList.Paging(page, size, matching.size(), totalPages), listings, degraded);
	}

	/**
	 * A server's details from its panel: the client API always, the application API for
	 * the owner and creation time when the panel has a key for it. The two server views
	 * are asked for at once.
	 * @param ref the server
	 * @param caller who asks
	 * @return the details
	 * @throws ServerNotFoundException if the caller may not see such a server
	 */
	public ServerDetails details(ServerRef ref, Caller caller) {
		DirectoryEntry entry = this.access.resolve(ref, caller);
		PanelClient panel = this.panels.panel(entry.panel());
		CompletableFuture<ApplicationServer> applicationView = panel.supports(PanelApi.APPLICATION) ? CompletableFuture
			.supplyAsync(() -> panel.application().servers().get(entry.internalId()), this.panelCalls) : null;
		ClientServer server = panel.client().server(entry.identifier());
		ApplicationServer application = (applicationView != null) ? join(applicationView) : null;
		ServerDetails.ServerOwner owner = (application != null) ? owner(panel, application.user()) : null;
		return ServerDetails.from(entry, server, application, owner,
				this.origins.find(entry.panel(), entry.identifier()).orElse(null));
	}

	/** A call's value, or the panel's exception as if it had been made here. */
	private static <T> T join(CompletableFuture<T> call) {
		try {
			return call.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static ServerDetails.ServerOwner owner(PanelClient panel, int userId) {
		try {
			return ServerDetails.ServerOwner.from(panel.application().users().get(userId));
		}
		catch (PanelNotFoundException ex) {
			return ServerDetails.ServerOwner.unknown(userId);
		}
	}

}
