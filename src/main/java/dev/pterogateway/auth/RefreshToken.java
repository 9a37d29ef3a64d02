package dev.pterogateway.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "family_id", nullable = false)
	private String familyId;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "rotated_at")
	private @Nullable Instant rotatedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "replaced_by")
	private @Nullable Long replacedBy;

	protected RefreshToken() {
		this.tokenHash = "";
		this.familyId = "";
		this.issuedAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	RefreshToken(String tokenHash, String familyId, long userId, Instant issuedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.familyId = familyId;
		this.userId = userId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Refresh token is not saved yet");
		}
		return this.id;
	}

	String getFamilyId() {
		return this.familyId;
	}

	long getUserId() {
		return this.userId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Whether this token was already exchanged or revoked: presenting it again means it
	 * leaked.
	 */
	boolean isSpent() {
		return this.rotatedAt != null || this.revokedAt != null;
	}

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
