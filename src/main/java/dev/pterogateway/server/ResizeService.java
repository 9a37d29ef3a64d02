package dev.pterogateway.server;

import java.util.List;
import java.util.Optional;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ApplicationServerApi;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.ServerBuildRequest;

import org.springframework.stereotype.Service;

/**
 * Changes a server's cores, memory and disk through its panel's application API, within
 * the tariff it was created with unless an administrator asks. A server without a tariff
 * has no ceiling, so only administrators resize it unless
 * {@code ptero.servers.owner-can-resize-without-tariff} is on.
 */
@Service
public class ResizeService {

	private final ServerActions actions;

	private final PanelRegistry panels;

	private final ServerCreationOrigins origins;

	private final ServerDirectory directory;

	private final ServerProperties properties;

	ResizeService(ServerActions actions, PanelRegistry panels, ServerCreationOrigins origins, ServerDirectory directory,
			ServerProperties properties) {
		this.actions = actions;
		this.panels = panels;
		this.origins = origins;
		this.directory = directory;
		this.properties = properties;
	}

	/**
	 * Resizes a server; audited as {@code server.resize}. The panel's build update is a
	 * full replacement, so the current build is read first and sent back with the given
	 * limits changed. Blocks on the panel, each call bounded by its timeout.
	 * @param ref the server
	 * @param resize the limits to change
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return the server's limits afterwards
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws ResizeExceedsTariffException if a user asks for more than the server's
	 * tariff allows
	 * @throws ResizeNeedsTariffException if a user resizes a server without a tariff and
	 * owners may not
	 */
	public ResizeResult resize(ServerRef ref, Resize resize, Caller caller, String clientAddress) {
		ServerAction action = new ServerAction("server.resize", ref, caller, resize.toString(), clientAddress);
		return this.actions.perform(action, (entry) -> {
			if (!caller.isAdmin()) {
				checkTariff(entry.ref(), resize);
			}
			ApplicationServerApi servers = this.panels.panel(entry.panel()).application().servers();
			ApplicationServer current = servers.get(entry.internalId());
			ApplicationServer resized = servers.updateBuild(current.id(),
					ServerBuildRequest.from(current).withLimits(resize.applyTo(current.limits())));
			this.directory.evict(entry.panel());
			return new ResizeResult("success", entry.identifier(), entry.panel(),
					ServerResourceLimits.from(resized.limits()));
		});
	}

	/** A server the gateway did not create (or whose tariff is gone) has no ceiling. */
	private void checkTariff(ServerRef server, Resize resize) {
		Optional<Tariff> tariff = this.origins.findTariff(server);
		if (tariff.isEmpty()) {
			if (!this.properties.ownerCanResizeWithoutTariff()) {
				throw new ResizeNeedsTariffException(server);
			}
			return;
		}
		List<String> exceeded = resize.beyond(tariff.get());
		if (!exceeded.isEmpty()) {
			throw new ResizeExceedsTariffException(tariff.get(), exceeded);
		}
	}

}
