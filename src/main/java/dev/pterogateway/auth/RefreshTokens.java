package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens. Only their SHA-256 is stored; each refresh exchanges the token
 * for a new one of the same family, and presenting an exchanged token again (it leaked,
 * or someone replays it) revokes the whole family.
 */
@Component
class RefreshTokens {

	private static final int TOKEN_BYTES = 32;

	private final RefreshTokenRepository tokens;

	private final AuthProperties.Auth properties;

	private final Clock clock;

	RefreshTokens(RefreshTokenRepository tokens, AuthProperties properties, Clock clock) {
		this.tokens = tokens;
		this.properties = properties.auth();
		this.clock = clock;
	}

	/**
	 * Starts a new family for a fresh login, and forgets the user's long-expired tokens.
	 * @param userId the user who logged in
	 * @return the token to hand out
	 */
	@Transactional
	String issue(long userId) {
		Instant now = this.clock.instant();
		this.tokens.deleteExpired(userId, now);
		return save(userId, UUID.randomUUID().toString(), now).value();
	}

	/**
	 * Exchanges a refresh token for the next one of its family.
	 * @param presented the token the client sent
	 * @return the user and the new token
	 * @throws RefreshTokenRejectedException when the token is unknown, expired or spent
	 * (then its family is revoked, and stays revoked although the exception propagates)
	 */
	@Transactional(noRollbackFor = RefreshTokenRejectedException.class)
	Rotation rotate(String presented) {
		Instant now = this.clock.instant();
		RefreshToken token = this.tokens.findByTokenHash(TokenDigest.sha256Hex(presented))
			.orElseThrow(() -> new RefreshTokenRejectedException(RefreshTokenRejectedException.Reason.UNKNOWN, null));
		if (token.isSpent()) {
			throw reused(token, now);
		}
		if (token.isExpiredAt(now)) {
			throw new RefreshTokenRejectedException(RefreshTokenRejectedException.Reason.EXPIRED, token.getUserId());
		}
		Saved next = save(token.getUserId(), token.getFamilyId(), now);
		if (this.tokens.rotate(token.getId(), next.id(), now) == 0) {
			// Another request exchanged the same token a moment ago: only one may win.
			throw reused(token, now);
		}
		return new Rotation(token.getUserId(), next.value());
	}

	/**
	 * Revokes the family of a token the user presents, as logout does. A token of another
	 * user, or an unknown one, changes nothing.
	 * @param presented the refresh token
	 * @param userId the user logging out
	 * @return whether a family was revoked
	 */
	@Transactional
	boolean revokeFamily(String presented, long userId) {
		return this.tokens.findByTokenHash(TokenDigest.sha256Hex(presented))
			.filter((token) -> token.getUserId() == userId)
			.map((token) -> this.tokens.revokeFamily(token.getFamilyId(), this.clock.instant()) > 0)
			.orElse(false);
	}

	/**
	 * Revokes every refresh token of a user (password reset).
	 * @param userId the user
	 */
	@Transactional
	void revokeAll(long userId) {
		this.tokens.revokeAllOf(userId, this.clock.instant());
	}

	private RefreshTokenRejectedException reused(RefreshToken token, Instant now) {
		this.tokens.revokeFamily(token.getFamilyId(), now);
		return new RefreshTokenRejectedException(RefreshTokenRejectedException.Reason.REUSED, token.getUserId());
	}

	private Saved save(long userId, String familyId, Instant now) {
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(TokenDigest.randomBytes(TOKEN_BYTES));
		RefreshToken token = new RefreshToken(TokenDigest.sha256Hex(value), familyId, userId, now,
				now.plus(this.properties.refreshTokenLifetime()));
		return new Saved(this.tokens.save(token).getId(), value);
	}

	private record Saved(long id, String value) {

		@Override
		public String toString() {
			return "Saved[id=" + this.id + "]";
		}

	}

	/**
	 * The outcome of a successful refresh.
	 *
	 * @param userId whose token it was
	 * @param refreshToken the next refresh token of the family
	 */
	record Rotation(long userId, String refreshToken) {

		@Override
		public String toString() {
			return "Rotation[userId=" + this.userId + "]";
		}

	}

}
