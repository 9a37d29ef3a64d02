package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import dev.pterogateway.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Hands out token pairs and exchanges refresh tokens, auditing each exchange.
 */
@Service
class TokenService {

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final UserRepository users;

	private final AuthAudit audit;

	private final Clock clock;

	TokenService(AccessTokens accessTokens, RefreshTokens refreshTokens, UserRepository users, AuthAudit audit,
			Clock clock) {
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	TokenPair issue(User user) {
		return pair(user, this.refreshTokens.issue(user.getId()));
	}

	TokenPair refresh(String presented, String address) {
		RefreshTokens.Rotation rotation;
		try {
			rotation = this.refreshTokens.rotate(presented);
		}
		catch (RefreshTokenRejectedException ex) {
			auditRejection(ex, address);
			throw ex;
		}
		User user = this.users.findById(rotation.userId()).orElse(null);
		if (user == null || !user.isEnabled()) {
			throw rejected(user, rotation.userId(), address);
		}
		this.audit.record(user.getEmail(), AuthAudit.REFRESH_TOKEN, "auth.refresh", "user:" + user.getId(),
				AuditOutcome.SUCCESS, null, address);
		return pair(user, rotation.refreshToken());
	}

	void logout(Caller caller, String presented, String address) {
		boolean revoked = this.refreshTokens.revokeFamily(presented, caller.userId());
		this.audit.record(caller.email(), caller.method().value(), "auth.logout", "user:" + caller.userId(),
				AuditOutcome.SUCCESS, revoked ? null : "The refresh token was not a live token of this user.", address);
	}

	private TokenPair pair(User user, String refreshToken) {
		AccessTokens.AccessToken access = this.accessTokens.issue(user);
		long expiresIn = Math.max(0, Duration.between(this.clock.instant(), access.expiresAt()).toSeconds());
		return new TokenPair(access.value(), refreshToken, "Bearer", expiresIn);
	}

	private RefreshTokenRejectedException rejected(@Nullable User user, long userId, String address) {
		RefreshTokenRejectedException rejection = new RefreshTokenRejectedException(
				RefreshTokenRejectedException.Reason.USER_DISABLED, userId);
		auditRejection(rejection, user, address);
		return rejection;
	}

	private void auditRejection(RefreshTokenRejectedException rejection, String address) {
		Long userId = rejection.userId();
		auditRejection(rejection, (userId != null) ? this.users.findById(userId).orElse(null) : null, address);
	}

	/**
	 * Audits a refused refresh token.
	 * @param rejection why it was refused
	 * @param user the token's user, if it still exists
	 * @param address the client address
	 */
	private void auditRejection(RefreshTokenRejectedException rejection, @Nullable User user, String address) {
		Long userId = rejection.userId();
		String actor = (user != null) ? user.getEmail() : "anonymous";
		String target = (userId != null) ? "user:" + userId : null;
		if (rejection.reason() == RefreshTokenRejectedException.Reason.REUSED) {
			this.audit.record(actor, AuthAudit.REFRESH_TOKEN, "auth.refresh.reuse_detected", target,
					AuditOutcome.DENIED, "A refresh token was used again after rotation; its family is revoked.",
					address);
			return;
		}
		this.audit.record(actor, AuthAudit.REFRESH_TOKEN, "auth.refresh", target, AuditOutcome.FAILURE,
				"Refresh token rejected: " + rejection.reason().name().toLowerCase(Locale.ROOT) + ".", address);
	}

}
