package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.panel.ApplicationUserApi;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.panel.PanelUser;
import dev.pterogateway.panel.PanelUserRequest;

import org.springframework.stereotype.Service;

/**
 * Gives the owner of a server a new generated password on its panel (the panel and SFTP
 * password), through the application API. The password is returned once and is never
 * logged or audited.
 */
@Service
public class ServerPasswordReset {

	private final ServerActions actions;

	private final PanelRegistry panels;

	ServerPasswordReset(ServerActions actions, PanelRegistry panels) {
		this.actions = actions;
		this.panels = panels;
	}

	/**
	 * Sets a new password on the panel account that owns the server; audited as
	 * {@code server.password.reset} (without the password).
	 * @param ref the server
	 * @param caller who asks
	 * @param clientAddress the caller's address
	 * @return the new password
	 * @throws ServerNotFoundException if the caller may not see such a server
	 * @throws PanelAdminOwnerException if the owner is an administrator of the panel
	 * @throws dev.pterogateway.panel.PanelApiNotConfiguredException if the panel has no
	 * application key
	 */
	public PasswordReset reset(ServerRef ref, Caller caller, String clientAddress) {
		return this.actions.perform(ServerAction.of("server.password.reset", ref, caller, clientAddress), (entry) -> {
			ApplicationUserApi users = this.panels.panel(entry.panel()).application().users();
			PanelUser owner = users.get(ownerOf(entry));
			if (owner.rootAdmin()) {
				throw new PanelAdminOwnerException(entry.ref());
			}
			ServerPassword password = ServerPassword.generate();
			// The panel's user update replaces every field: resend the current ones.
			users.update(owner.id(), PanelUserRequest.from(owner).withPassword(password.value()));
			return new PasswordReset("success", entry.identifier(), entry.panel(), password.value());
		});
	}

	/**
	 * The owner's panel user id. Only a panel with an application key names owners, and
	 * {@code application()} has already refused the others.
	 */
	private static int ownerOf(DirectoryEntry entry) {
		Integer owner = entry.ownerId();
		if (owner == null) {
			throw new IllegalStateException("No owner known for " + entry.ref());
		}
		return owner;
	}

}
