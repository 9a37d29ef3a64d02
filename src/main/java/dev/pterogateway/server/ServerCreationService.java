package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.OsTemplateService;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.catalog.TariffService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Creates servers from the catalog: an OS template and a tariff become a server owned by
 * the caller's panel account, its origin is recorded and the creation audited
 * ({@code server.create}).
 */
@Service
public class ServerCreationService {

	private static final int MAX_NAME = 191;

	private final TariffService tariffs;

	private final OsTemplateService templates;

	private final ServerCreationPlacement placement;

	private final ServerCreationOrigins origins;

	private final ServerCreationAudit audit;

	ServerCreationService(TariffService tariffs, OsTemplateService templates, ServerCreationPlacement placement,
			ServerCreationOrigins origins, ServerCreationAudit audit) {
		this.tariffs = tariffs;
		this.templates = templates;
		this.placement = placement;
		this.origins = origins;
		this.audit = audit;
	}

	/**
	 * Creates a server. It comes back installing; the panel installs it asynchronously.
	 * Blocks on the panels, each call bounded by its timeout.
	 * @param osId the OS template's id
	 * @param tariffId the tariff's id
	 * @param name the name, or {@code null} for one made of the template's and tariff's
	 * names
	 * @param caller who creates it and will own it
	 * @param address the caller's client address
	 * @return the new server, with the generated password if a panel account was created
	 * @throws dev.pterogateway.catalog.OsTemplateNotFoundException for an unknown osId
	 * @throws dev.pterogateway.catalog.TariffNotFoundException for an unknown tariffId
	 * @throws ServerCreationNoRoomException when no panel takes a template without a
	 * panel
	 */
	public ServerCreationResult create(long osId, long tariffId, @Nullable String name, Caller caller, String address) {
		try {
			OsTemplate template = this.templates.require(osId);
			Tariff tariff = this.tariffs.require(tariffId);
			ServerCreationOutcome outcome = this.placement.create(tariff, template,
					(name != null) ? name.trim() : defaultName(template, tariff), caller);
			this.origins.record(outcome.server(), tariff, template, caller);
			this.audit.success(caller, outcome.server(), "template " + template.id() + ", tariff " + tariff.id(),
					address);
			ServerPassword password = outcome.rootPassword();
			return new ServerCreationResult(outcome.server().identifier(), String.valueOf(outcome.server().panel()),
					outcome.status(), (password != null) ? password.value() : null);
		}
		catch (RuntimeException ex) {
			this.audit.failure(caller, ex, address);
			throw ex;
		}
	}

	private static String defaultName(OsTemplate template, Tariff tariff) {
		String name = template.name() + " " + tariff.name();
		return (name.length() <= MAX_NAME) ? name : name.substring(0, MAX_NAME);
	}

}
