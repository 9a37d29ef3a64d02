package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for scripts: created with the full key shown once, listed masked, revoked by
 * prefix, and checked on every call in constant time against the stored SHA-256.
 */
@Service
class ApiKeyService {

	/** {@code last_used_at} is written at most this often per key. */
	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private static final int MAX_PREFIX_ATTEMPTS = 5;

	private final ApiKeyRepository keys;

	private final AuthAudit audit;

	private final Clock clock;

	ApiKeyService(ApiKeyRepository keys, AuthAudit audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	CreatedApiKey create(Caller caller, CreateApiKeyRequest request, String clientAddress) {
		Instant now = this.clock.instant();
		Integer days = request.expiresDays();
		Instant expiresAt = (days != null) ? now.plus(Duration.ofDays(days)) : null;
		ApiKeyToken token = uniqueToken();
		this.keys.save(new ApiKey(token, request.name().trim(), caller.userId(), now, expiresAt));
		this.audit.success(caller, "auth.api_key.create", "api_key:" + token.prefix(), clientAddress);
		return new CreatedApiKey(token.value(), token.prefix(), request.name().trim(), expiresAt);
	}

	@Transactional(readOnly = true)
	List<ApiKeySummary> list(Caller caller) {
		return this.keys.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(caller.userId())
			.stream()
			.map(ApiKey::toSummary)
			.toList();
	}

	@Transactional
	void revoke(Caller caller, String prefix, String clientAddress) {
		ApiKey key = this.keys.findByPrefix(prefix)
			.filter((candidate) -> candidate.getUserId() == caller.userId() && !candidate.isRevoked())
			.orElseThrow(() -> new ApiKeyNotFoundException(prefix));
		key.revokeAt(this.clock.instant());
		this.audit.success(caller, "auth.api_key.revoke", "api_key:" + prefix, clientAddress);
	}

	/**
	 * Finds the user a presented key belongs to.
	 * @param presented the bearer token, starting with {@code pgw_}
	 * @return the owner's user id, or empty when the key is malformed, unknown, wrong,
	 * expired or revoked
	 */
	Optional<Long> authenticate(String presented) {
		Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiKey> key = this.keys.findByPrefix(token.get().prefix())
			.filter((candidate) -> TokenDigest.matches(candidate.getSecretHash(), token.get().secretHash()))
			.filter((candidate) -> candidate.isUsableAt(now));
		key.ifPresent((used) -> touch(used, now));
		return key.map(ApiKey::getUserId);
	}

	private void touch(ApiKey key, Instant now) {
		@Nullable Instant lastUsed = key.getLastUsedAt();
		if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
			this.keys.touch(key.getPrefix(), now, now.minus(TOUCH_INTERVAL));
		}
	}

	private ApiKeyToken uniqueToken() {
		for (int attempt = 0; attempt < MAX_PREFIX_ATTEMPTS; attempt++) {
			ApiKeyToken token = ApiKeyToken.generate();
			if (!this.keys.existsByPrefix(token.prefix())) {
				return token;
			}
		}
		throw new IllegalStateException("Could not find a free API key prefix");
	}

}
