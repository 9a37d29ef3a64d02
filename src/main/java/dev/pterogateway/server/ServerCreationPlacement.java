package dev.pterogateway.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.ApplicationApi;
import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.PanelApiNotConfiguredException;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelEgg;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelLocation;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PanelUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Creates a server on the panel its OS template names, or, for a template without a
 * panel, on the first configured panel whose application API accepts it (has the egg and
 * a node with room). The owner is the caller's account on that panel.
 */
@Component
class ServerCreationPlacement {

	private static final Logger logger = LoggerFactory.getLogger(ServerCreationPlacement.class);

	private final PanelRegistry panels;

	private final ServerCreationAccounts accounts;

	private final ServerDirectory directory;

	ServerCreationPlacement(PanelRegistry panels, ServerCreationAccounts accounts, ServerDirectory directory) {
		this.panels = panels;
		this.accounts = accounts;
		this.directory = directory;
	}

	/**
	 * Creates the server. Blocks on the panels, each call bounded by its timeout.
	 * @param tariff the tariff
	 * @param template the OS template
	 * @param name the server's name
	 * @param caller who creates it (and owns it through their panel account)
	 * @return the new server
	 * @throws PanelException when the template's panel refuses or fails
	 * @throws ServerCreationNoRoomException when no panel takes a template without a
	 * panel
	 */
	ServerCreationOutcome create(Tariff tariff, OsTemplate template, String name, Caller caller) {
		String pinned = template.panel();
		if (pinned != null) {
			return createOn(this.panels.panel(pinned), tariff, template, name, caller);
		}
		Map<String, PanelException> failures = new LinkedHashMap<>();
		for (PanelClient panel : this.panels.all()) {
			try {
				return createOn(panel, tariff, template, name, caller);
			}
			catch (PanelException ex) {
				if (!mayTryNextPanel(ex)) {
					throw ex;
				}
				logger.debug("Panel {} did not take a server of template {}: {}", panel.name(), template.id(),
						ex.detail());
				failures.put(panel.name(), ex);
			}
		}
		throw noPanelTookIt(failures);
	}

	private ServerCreationOutcome createOn(PanelClient panel, Tariff tariff, OsTemplate template, String name,
			Caller caller) {
		ApplicationApi application = panel.application();
		PanelEgg egg = application.egg(template.nestId(), template.eggId());
		List<Integer> locations = application.locations().stream().map(PanelLocation::id).toList();
		ServerCreationSpec spec = new ServerCreationSpec(tariff, template, egg, locations);
		ServerCreationAccount account = this.accounts.accountOn(panel, caller);
		ApplicationServer server;
		try {
			server = application.servers().create(spec.toRequest(name, account.panelUserId()));
		}
		catch (PanelException ex) {
			if (mayTryNextPanel(ex)) {
				this.accounts.discard(panel, account);
			}
			else {
				// the server may exist after all: its owner account stays
				this.accounts.keep(panel, caller, account);
			}
			throw ex;
		}
		this.accounts.keep(panel, caller, account);
		this.directory.evict(panel.name());
		logger.debug("Created server {}:{} for gateway user {}", panel.name(), server.identifier(), caller.userId());
		return new ServerCreationOutcome(new ServerRef(panel.name(), server.identifier()),
				Objects.requireNonNullElse(server.status(), "installing"), account.rootPassword());
	}

	/**
	 * A timeout may have created the server after all, so trying another panel could
	 * create a second one; every other failure proves this panel did not take it.
	 */
	private static boolean mayTryNextPanel(PanelException ex) {
		return !(ex instanceof PanelUnavailableException unavailable
				&& unavailable.reason() == PanelUnavailableException.Reason.TIMEOUT);
	}

	private static RuntimeException noPanelTookIt(Map<String, PanelException> failures) {
		boolean noneConfigured = failures.values()
			.stream()
			.allMatch((failure) -> failure instanceof PanelApiNotConfiguredException);
		if (failures.size() == 1 || noneConfigured) {
			return failures.values().iterator().next();
		}
		return new ServerCreationNoRoomException(failures);
	}

}
