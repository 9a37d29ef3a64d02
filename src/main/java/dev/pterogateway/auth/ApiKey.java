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
@Table(name = "api_keys")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String prefix;

	@Column(name = "secret_hash", nullable = false)
	private String secretHash;

	@Column(nullable = false)
	private String name;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ApiKey() {
		this.prefix = "";
		this.secretHash = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiKey(ApiKeyToken token, String name, long userId, Instant createdAt, @Nullable Instant expiresAt) {
		this.prefix = token.prefix();
		this.secretHash = token.secretHash();
		this.name = name;
		this.userId = userId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	String getPrefix() {
		return this.prefix;
	}

	String getSecretHash() {
		return this.secretHash;
	}

	long getUserId() {
		return this.userId;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	void revokeAt(Instant when) {
		this.revokedAt = when;
	}

	ApiKeySummary toSummary() {
		return new ApiKeySummary(this.name, this.prefix, ApiKeyToken.mask(this.prefix), this.createdAt, this.lastUsedAt,
				this.expiresAt);
	}

}
