package dev.pterogateway.auth;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refresh token that cannot be exchanged: unknown, expired, revoked or already used.
 * Clients see one answer for all of them; the reason goes to the audit log.
 */
class RefreshTokenRejectedException extends ErrorResponseException {

	private final Reason reason;

	private final @Nullable Long userId;

	RefreshTokenRejectedException(Reason reason, @Nullable Long userId) {
		super(HttpStatus.UNAUTHORIZED, problem(), null);
		this.reason = reason;
		this.userId = userId;
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"The refresh token is invalid, expired or revoked; log in again.");
		problem.setProperty("code", "invalid_refresh_token");
		return problem;
	}

	Reason reason() {
		return this.reason;
	}

	@Nullable Long userId() {
		return this.userId;
	}

	enum Reason {

		UNKNOWN, EXPIRED, REUSED, USER_DISABLED

	}

}
