package dev.pterogateway.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.pterogateway.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores links between gateway users and panel accounts, one gateway user per panel
 * account, and audits every change.
 */
@Component
class PanelLinks {

	private static final Logger logger = LoggerFactory.getLogger(PanelLinks.class);

	private final PanelAccountRepository links;

	private final AuthAudit audit;

	private final Clock clock;

	PanelLinks(PanelAccountRepository links, AuthAudit audit, Clock clock) {
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	List<PanelAccount> of(long userId) {
		return this.links.findByUserIdOrderByPanelAscPanelUserIdAsc(userId);
	}

	/**
	 * Links a panel account found by the user's e-mail, unless it belongs to someone
	 * else.
	 */
	@Transactional
	void linkMatch(User user, PanelUserDetails panelUser) {
		Optional<PanelAccount> existing = this.links.findByPanelAndPanelUserId(panelUser.panel(), panelUser.id());
		if (existing.isPresent()) {
			if (existing.get().getUserId() != user.getId()) {
				logger.debug("Panel {} user {} matches user {} by e-mail but is linked to user {}; left alone",
						panelUser.panel(), panelUser.id(), user.getId(), existing.get().getUserId());
			}
			return;
		}
		try {
			this.links.saveAndFlush(
					new PanelAccount(user.getId(), panelUser, PanelAccountLinkType.AUTO, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent login linked it first.
			return;
		}
		this.audit.record(user.getEmail(), null, "auth.panel_account.link", target(user.getId(), panelUser.id()),
				AuditOutcome.SUCCESS, "Linked by e-mail on panel " + panelUser.panel() + ".", null);
	}

	/**
	 * Links a panel account on an administrator's word.
	 * @throws PanelAccountTakenException when another user has it
	 */
	@Transactional
	LinkedPanelAccount linkByAdmin(long userId, PanelUserDetails panelUser, Caller admin, String address) {
		Optional<PanelAccount> existing = this.links.findByPanelAndPanelUserId(panelUser.panel(), panelUser.id());
		if (existing.isPresent()) {
			if (existing.get().getUserId() != userId) {
				throw new PanelAccountTakenException(panelUser.panel(), panelUser.id());
			}
			return existing.get().toLinkedPanelAccount();
		}
		PanelAccount link = this.links
			.save(new PanelAccount(userId, panelUser, PanelAccountLinkType.ADMIN, this.clock.instant()));
		auditAdmin(admin, "admin.user.panel_account.link", userId, panelUser.panel(), panelUser.id(), address);
		return link.toLinkedPanelAccount();
	}

	/**
	 * Removes a link.
	 * @throws PanelAccountNotFoundException when the user has no such link
	 */
	@Transactional
	void unlink(long userId, String panel, long panelUserId, Caller admin, String address) {
		PanelAccount link = this.links.findByPanelAndPanelUserId(panel, panelUserId)
			.filter((candidate) -> candidate.getUserId() == userId)
			.orElseThrow(() -> new PanelAccountNotFoundException(panel, panelUserId));
		this.links.delete(link);
		auditAdmin(admin, "admin.user.panel_account.unlink", userId, panel, panelUserId, address);
	}

	private void auditAdmin(Caller admin, String action, long userId, String panel, long panelUserId,
			@Nullable String address) {
		this.audit.record(admin.email(), admin.method().value(), action, target(userId, panelUserId),
				AuditOutcome.SUCCESS, "Panel " + panel + ".", address);
	}

	private static String target(long userId, long panelUserId) {
		return "user:" + userId + " panel_user:" + panelUserId;
	}

}
