package dev.pterogateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the short-lived JWT access tokens (HS256): {@code sub} is the user id, plus
 * {@code email}, {@code role}, {@code iat}, {@code exp} and a unique {@code jti}.
 */
class AccessTokens {

	private final JwtEncoder encoder;

	private final AuthProperties.Auth properties;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, AuthProperties.Auth properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	AccessToken issue(User user) {
		return issue(user, this.clock.instant());
	}

	/**
	 * Issues a token as if it were {@code issuedAt}; tests use a past instant to get an
	 * expired token.
	 */
	AccessToken issue(User user, Instant issuedAt) {
		Instant expiresAt = issuedAt.plus(this.properties.accessTokenLifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(Long.toString(user.getId()))
			.claim("email", user.getEmail())
			.claim("role", user.getRole().name())
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new AccessToken(value, expiresAt);
	}

	/**
	 * A signed access token.
	 *
	 * @param value the compact JWT
	 * @param expiresAt when it stops being accepted
	 */
	record AccessToken(String value, Instant expiresAt) {

		@Override
		public String toString() {
			return "AccessToken[expiresAt=" + this.expiresAt + "]";
		}

	}

}
