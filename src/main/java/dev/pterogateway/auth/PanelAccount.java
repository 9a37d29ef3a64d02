package dev.pterogateway.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "panel_accounts")
class PanelAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false)
	private String panel;

	@Column(name = "panel_user_id", nullable = false)
	private long panelUserId;

	@Column(name = "panel_username")
	private @Nullable String panelUsername;

	@Column(name = "panel_email")
	private @Nullable String panelEmail;

	@Enumerated(EnumType.STRING)
	@Column(name = "linked_by", nullable = false)
	private PanelAccountLinkType linkedBy;

	@Column(name = "linked_at", nullable = false)
	private Instant linkedAt;

	protected PanelAccount() {
		this.panel = "";
		this.linkedBy = PanelAccountLinkType.ADMIN;
		this.linkedAt = Instant.EPOCH;
	}

	PanelAccount(long userId, PanelUserDetails panelUser, PanelAccountLinkType linkedBy, Instant linkedAt) {
		this.userId = userId;
		this.panel = panelUser.panel();
		this.panelUserId = panelUser.id();
		this.panelUsername = panelUser.username();
		this.panelEmail = panelUser.email();
		this.linkedBy = linkedBy;
		this.linkedAt = linkedAt;
	}

	long getUserId() {
		return this.userId;
	}

	String getPanel() {
		return this.panel;
	}

	long getPanelUserId() {
		return this.panelUserId;
	}

	@Nullable String getPanelEmail() {
		return this.panelEmail;
	}

	PanelAccountRef toRef() {
		return new PanelAccountRef(this.panel, this.panelUserId);
	}

	LinkedPanelAccount toLinkedPanelAccount() {
		return new LinkedPanelAccount(this.panel, this.panelUserId, this.panelUsername, this.panelEmail, this.linkedBy,
				this.linkedAt);
	}

}
