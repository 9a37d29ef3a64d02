package dev.pterogateway.server;

import java.time.Clock;
import java.util.Optional;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.OsTemplateService;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.catalog.TariffService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records which tariff and OS template each server created through the gateway came from,
 * for server details and for the tariff ceiling of a resize. Replaces the default
 * {@link ServerOrigins} that knows nothing.
 */
@Component
class ServerCreationOrigins implements ServerOrigins {

	private final ServerCreationOriginRepository origins;

	private final TariffService tariffs;

	private final OsTemplateService templates;

	private final Clock clock;

	ServerCreationOrigins(ServerCreationOriginRepository origins, TariffService tariffs, OsTemplateService templates,
			Clock clock) {
		this.origins = origins;
		this.tariffs = tariffs;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Records the origin of a new server.
	 * @param server the new server, qualified by its panel
	 * @param tariff the tariff it was created with
	 * @param template the OS template it was created from
	 * @param caller who created it
	 */
	@Transactional
	void record(ServerRef server, Tariff tariff, OsTemplate template, Caller caller) {
		this.origins.save(new ServerCreationOrigin(server, tariff.id(), template.id(), caller.email(), caller.userId(),
				this.clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ServerOrigin> find(String panel, String identifier) {
		return this.origins.findByPanelAndIdentifier(panel, identifier)
			.map((origin) -> new ServerOrigin(
					this.templates.find(origin.getOsTemplateId())
						.map((template) -> new ServerOrigin.CatalogItem(template.id(), template.name()))
						.orElse(null),
					this.tariffs.find(origin.getTariffId())
						.map((tariff) -> new ServerOrigin.CatalogItem(tariff.id(), tariff.name()))
						.orElse(null)));
	}

	/**
	 * The tariff a server was created with, if the gateway created it and the tariff
	 * still exists.
	 * @param server the server, qualified by its panel
	 * @return the tariff
	 */
	@Transactional(readOnly = true)
	Optional<Tariff> findTariff(ServerRef server) {
		return this.origins.findByPanelAndIdentifier(String.valueOf(server.panel()), server.identifier())
			.flatMap((origin) -> this.tariffs.find(origin.getTariffId()));
	}

}
