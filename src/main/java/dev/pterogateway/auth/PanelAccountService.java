package dev.pterogateway.auth;

import java.util.List;
import java.util.Objects;

import dev.pterogateway.panel.PanelUser;

import org.springframework.stereotype.Service;

/**
 * Panel-account links as administrators manage them. A link is what lets a user see the
 * servers that panel account owns.
 */
@Service
public class PanelAccountService {

	private final UserAccounts accounts;

	private final PanelUserLookup lookup;

	private final PanelLinks links;

	PanelAccountService(UserAccounts accounts, PanelUserLookup lookup, PanelLinks links) {
		this.accounts = accounts;
		this.lookup = lookup;
		this.links = links;
	}

	/**
	 * A user's links.
	 * @param userId the user id
	 * @return the linked panel accounts
	 * @throws UserNotFoundException when there is no such user
	 */
	public List<LinkedPanelAccount> list(long userId) {
		this.accounts.require(userId);
		return this.accounts.links(userId);
	}

	/**
	 * Links a panel account to a user. The panel user is looked up through the panel's
	 * application API when the panel can be asked; when it cannot (no application key,
	 * panel down) the link is made on the administrator's word.
	 * @param userId the user id
	 * @param panel the panel name
	 * @param panelUserId the panel's numeric user id
	 * @param admin the administrator
	 * @param address the administrator's client address
	 * @return the link
	 * @throws UserNotFoundException when there is no such user
	 * @throws PanelUserNotFoundException when the panel says it has no such user
	 * @throws PanelAccountTakenException when another user has the panel account
	 */
	public LinkedPanelAccount link(long userId, String panel, long panelUserId, Caller admin, String address) {
		this.accounts.require(userId);
		PanelUserDetails panelUser = this.lookup.require(panel, panelUserId);
		return this.links.linkByAdmin(userId, panelUser, admin, address);
	}

	/**
	 * Links a panel account that has the caller's own e-mail to the caller, as a login
	 * would (server creation uses it for the panel account it found or created for the
	 * caller, so the panel is not asked again). Audited as a link by e-mail.
	 * @param caller who gets the link
	 * @param panel the panel name
	 * @param panelUser the panel user as the panel's application API reported it
	 * @return the link
	 * @throws PanelUserNotFoundException when the panel user does not have the caller's
	 * e-mail
	 * @throws PanelAccountTakenException when another user has the panel account
	 */
	public LinkedPanelAccount linkOwn(Caller caller, String panel, PanelUser panelUser) {
		User user = this.accounts.require(caller.userId());
		if (!user.getEmail().equalsIgnoreCase(Objects.toString(panelUser.email(), ""))) {
			throw new PanelUserNotFoundException(panel, panelUser.id());
		}
		this.links.linkMatch(user,
				new PanelUserDetails(panel, panelUser.id(), panelUser.username(), panelUser.email()));
		return this.accounts.links(user.getId())
			.stream()
			.filter((link) -> link.panel().equals(panel) && link.panelUserId() == panelUser.id())
			.findFirst()
			.orElseThrow(() -> new PanelAccountTakenException(panel, panelUser.id()));
	}

	/**
	 * Removes a link.
	 * @param userId the user id
	 * @param panel the panel name
	 * @param panelUserId the panel's numeric user id
	 * @param admin the administrator
	 * @param address the administrator's client address
	 * @throws PanelAccountNotFoundException when the user has no such link
	 */
	public void unlink(long userId, String panel, long panelUserId, Caller admin, String address) {
		this.links.unlink(userId, panel, panelUserId, admin, address);
	}

}
