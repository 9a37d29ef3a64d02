package dev.pterogateway.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JWT the panel issues for Wings (HS256 signed with the node's daemon token), with
 * the claims of {@code NodeJWTService}, and its verification on the Wings side.
 */
final class WingsToken {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private WingsToken() {
	}

	/**
	 * Issues a websocket token.
	 * @return the compact JWT
	 */
	static String issue(PanelModel model, Node node, PanelServer server, PanelUser user, List<String> permissions,
			String issuer, Duration lifetime) {
		Instant now = model.now();
		String jti = md5(user.id + server.uuid);
		ObjectNode header = Envelope.object().put("typ", "JWT").put("alg", "HS256").put("jti", jti);
		ObjectNode claims = Envelope.object();
		claims.put("iss", issuer);
		claims.set("aud", Envelope.strings(List.of(node.scheme + "://" + node.fqdn + ":" + node.daemonListen)));
		claims.put("jti", jti);
		claims.put("iat", now.getEpochSecond());
		claims.put("nbf", now.getEpochSecond() - 300);
		claims.put("exp", now.plus(lifetime).getEpochSecond());
		claims.put("server_uuid", server.uuid);
		claims.set("permissions", Envelope.strings(permissions));
		claims.put("user_uuid", user.uuid);
		claims.put("user_id", user.id);
		claims.put("unique_id", model.randomString(16));
		String signingInput = encode(header) + "." + encode(claims);
		return signingInput + "." + ENCODER.encodeToString(sign(signingInput, node.daemonToken));
	}

	/**
	 * The claims of a token whose signature matches the node's daemon token.
	 * @return the claims, empty if the token is garbage or the signature is wrong
	 */
	static Optional<JsonNode> verify(String token, Node node) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			byte[] expected = sign(parts[0] + "." + parts[1], node.daemonToken);
			byte[] actual = Base64.getUrlDecoder().decode(parts[2]);
			if (!MessageDigest.isEqual(expected, actual)) {
				return Optional.empty();
			}
			return Optional.of(Envelope.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1])));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return Optional.empty();
		}
	}

	private static String encode(JsonNode json) {
		return ENCODER.encodeToString(Envelope.MAPPER.writeValueAsBytes(json));
	}

	private static byte[] sign(String input, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String md5(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
