package dev.pterogateway.auth;

import java.util.List;
import java.util.Optional;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelNotFoundException;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PanelUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds panel users through each panel's application API, for linking. Linking must never
 * fail because a panel is down or has no application key, so those cases are logged and
 * answered as "nothing found" or "not verified".
 */
@Component
class PanelUserLookup {

	private static final Logger logger = LoggerFactory.getLogger(PanelUserLookup.class);

	private final PanelRegistry registry;

	PanelUserLookup(PanelRegistry registry) {
		this.registry = registry;
	}

	List<String> panels() {
		return this.registry.names();
	}

	/**
	 * The panel user with exactly this e-mail.
	 * @param panel the panel name
	 * @param email the e-mail
	 * @return the panel user, or empty when there is none or the panel cannot be asked
	 */
	Optional<PanelUserDetails> findByEmail(String panel, String email) {
		PanelClient client = this.registry.panel(panel);
		if (!client.supports(PanelApi.APPLICATION)) {
			logger.debug("Panel {} has no application key, so its accounts are not linked by e-mail", panel);
			return Optional.empty();
		}
		try {
			return client.application().users().findByEmail(email).map((user) -> details(panel, user));
		}
		catch (PanelException ex) {
			logger.warn("Panel {}: could not look up a panel account by e-mail, so none is linked now ({})", panel,
					ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Checks that a panel user exists before an administrator links it.
	 * @param panel the panel name
	 * @param panelUserId the panel's user id
	 * @return the panel user; without username and e-mail when the panel cannot be asked
	 * @throws UnknownPanelNameException when no panel has that name
	 * @throws PanelUserNotFoundException when the panel says the user does not exist
	 */
	PanelUserDetails require(String panel, long panelUserId) {
		PanelClient client = this.registry.find(panel).orElseThrow(() -> new UnknownPanelNameException(panel));
		PanelUserDetails unverified = new PanelUserDetails(panel, panelUserId, null, null);
		if (!client.supports(PanelApi.APPLICATION)) {
			logger.debug("Panel {} has no application key; linking panel user {} unverified", panel, panelUserId);
			return unverified;
		}
		if (panelUserId > Integer.MAX_VALUE) {
			throw new PanelUserNotFoundException(panel, panelUserId);
		}
		try {
			return details(panel, client.application().users().get((int) panelUserId));
		}
		catch (PanelNotFoundException ex) {
			throw new PanelUserNotFoundException(panel, panelUserId);
		}
		catch (PanelException ex) {
			logger.warn("Panel {}: could not check panel user {}, so it is linked unverified ({})", panel, panelUserId,
					ex.getMessage());
			return unverified;
		}
	}

	private static PanelUserDetails details(String panel, PanelUser user) {
		return new PanelUserDetails(panel, user.id(), user.username(), user.email());
	}

}
