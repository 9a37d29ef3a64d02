package dev.pterogateway.auth;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns the value of an {@code Authorization: Bearer …} header into a {@link Caller}. One
 * header carries either kind of credential: a {@code pgw_} API key or a JWT access token.
 * The REST filter chain and the STOMP CONNECT interceptor both use it.
 */
public class CallerResolver {

	private final JwtDecoder jwts;

	private final ApiKeyService apiKeys;

	private final Callers callers;

	CallerResolver(JwtDecoder jwts, ApiKeyService apiKeys, Callers callers) {
		this.jwts = jwts;
		this.apiKeys = apiKeys;
		this.callers = callers;
	}

	/**
	 * Authenticates a bearer token.
	 * @param bearerToken the token, without the {@code Bearer } scheme
	 * @return the caller
	 * @throws AuthenticationException when the token is malformed, unknown, expired or
	 * revoked, or its user is disabled (the message never contains the token)
	 */
	public Caller resolve(String bearerToken) {
		String token = bearerToken.trim();
		Optional<Caller> caller = ApiKeyToken.looksLikeApiKey(token) ? fromApiKey(token) : fromJwt(token);
		return caller.orElseThrow(() -> new InvalidBearerTokenException(
				"The bearer token is invalid, expired or " + "revoked, or its user is disabled."));
	}

	/**
	 * Authenticates a bearer token into a Spring Security {@link Authentication} whose
	 * principal is the {@link Caller} and whose name is the user id (for a STOMP
	 * session's user).
	 * @param bearerToken the token, without the {@code Bearer } scheme
	 * @return the authentication
	 * @throws AuthenticationException as {@link #resolve(String)}
	 */
	public Authentication authenticate(String bearerToken) {
		return new CallerAuthentication(resolve(bearerToken));
	}

	private Optional<Caller> fromApiKey(String token) {
		return this.apiKeys.authenticate(token).flatMap((userId) -> this.callers.find(userId, AuthMethod.API_KEY));
	}

	private Optional<Caller> fromJwt(String token) {
		Jwt jwt;
		try {
			jwt = this.jwts.decode(token);
		}
		catch (JwtException ex) {
			return Optional.empty();
		}
		return userId(jwt).flatMap((userId) -> this.callers.find(userId, AuthMethod.JWT));
	}

	private static Optional<Long> userId(Jwt jwt) {
		try {
			return Optional.of(Long.parseLong(jwt.getSubject()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
