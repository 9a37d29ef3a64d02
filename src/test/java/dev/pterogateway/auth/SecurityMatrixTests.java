package dev.pterogateway.auth;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.demo.DemoPanels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, over real HTTP, for every endpoint present: no or bad credentials
 * answer 401, users on admin endpoints 403, users on someone else's server 404, public
 * endpoints are open. Later features add their endpoints to
 * {@link #protectedEndpoints()}, {@link #adminEndpoints()} and
 * {@link #serverEndpoints()}.
 */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTests {

	/**
	 * The server id in {@link #serverEndpoints()}, replaced by a real one where it
	 * matters.
	 */
	private static final String SERVER = "1a7ce997";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccessTokens accessTokens;

	@Autowired
	private UserRepository users;

	private ApiClient api;

	private TestAccounts.TestUser user;

	private String expiredJwt;

	private String foreignJwt;

	private String revokedKey;

	private String foreignServer;

	@BeforeAll
	void seed() {
		this.api = new ApiClient(this.port);
		TestAccounts accounts = new TestAccounts(this.context, this.api);
		this.user = accounts.user();
		User entity = this.users.findById(this.user.id()).orElseThrow();
		this.expiredJwt = this.accessTokens.issue(entity, Instant.now().minusSeconds(3600)).value();
		this.foreignJwt = signedWithAnotherKey(this.user.id());
		ApiClient.Reply key = this.api.post("/api/auth/api-keys", this.user.accessToken(), Map.of("name", "revoked"));
		this.revokedKey = key.text("apiKey");
		this.api.delete("/api/auth/api-keys/" + key.text("prefix"), this.user.accessToken());
		this.foreignServer = "main:"
				+ this.context.getBean(DemoPanels.class).simulator("main").state().servers().get(0).identifier();
	}

	static Stream<Arguments> protectedEndpoints() {
		return Stream.concat(Stream.of(endpoint("GET", "/api/auth/me"), endpoint("POST", "/api/auth/logout"),
				endpoint("GET", "/api/auth/api-keys"), endpoint("POST", "/api/auth/api-keys"),
				endpoint("DELETE", "/api/auth/api-keys/abcd1234"), endpoint("GET", "/api/not-an-endpoint"),
				endpoint("GET", "/api/catalog/tariffs"), endpoint("GET", "/api/catalog/tariffs/1"),
				endpoint("GET", "/api/catalog/os-templates"), endpoint("GET", "/api/catalog/os-templates/1"),
				endpoint("POST", "/api/server/create"), endpoint("GET", "/api/alerts"),
				endpoint("POST", "/api/alerts/1/ack")), Stream.concat(serverEndpoints(), adminEndpoints()));
	}

	static Stream<Arguments> serverEndpoints() {
		return Stream.of(endpoint("GET", "/api/server"), endpoint("GET", "/api/server/" + SERVER),
				endpoint("DELETE", "/api/server/" + SERVER), endpoint("GET", "/api/server/" + SERVER + "/status"),
				endpoint("POST", "/api/server/" + SERVER + "/start"),
				endpoint("POST", "/api/server/" + SERVER + "/stop"),
				endpoint("POST", "/api/server/" + SERVER + "/restart"),
				endpoint("POST", "/api/server/" + SERVER + "/kill"),
				endpoint("POST", "/api/server/" + SERVER + "/command"),
				endpoint("POST", "/api/server/" + SERVER + "/command?waitForOutput=PT1S"),
				endpoint("POST", "/api/server/" + SERVER + "/password"), endpoint("POST", "/api/server/console"),
				endpoint("GET", "/api/server/" + SERVER + "/snapshots"),
				endpoint("POST", "/api/server/" + SERVER + "/snapshots"),
				endpoint("DELETE", "/api/server/" + SERVER + "/snapshots"),
				endpoint("POST", "/api/server/" + SERVER + "/snapshots/rollback"),
				endpoint("PUT", "/api/server/" + SERVER + "/resize"),
				endpoint("GET", "/api/server/" + SERVER + "/stats/history"));
	}

	static Stream<Arguments> adminEndpoints() {
		return Stream.of(endpoint("GET", "/api/admin/users"), endpoint("GET", "/api/admin/users/1"),
				endpoint("PATCH", "/api/admin/users/1"), endpoint("POST", "/api/admin/users/1/reset-password"),
				endpoint("GET", "/api/admin/users/1/panel-accounts"),
				endpoint("POST", "/api/admin/users/1/panel-accounts"),
				endpoint("DELETE", "/api/admin/users/1/panel-accounts/main/1"), endpoint("GET", "/api/admin/audit"),
				endpoint("GET", "/actuator/metrics"), endpoint("POST", "/api/catalog/tariffs"),
				endpoint("PUT", "/api/catalog/tariffs/1"), endpoint("DELETE", "/api/catalog/tariffs/1"),
				endpoint("POST", "/api/catalog/os-templates"), endpoint("PUT", "/api/catalog/os-templates/1"),
				endpoint("DELETE", "/api/catalog/os-templates/1"), endpoint("GET", "/actuator/prometheus"),
				endpoint("GET", "/api/admin/monitor/panels"));
	}

	private static Arguments endpoint(String method, String path) {
		return Arguments.of(method, path);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("protectedEndpoints")
	void callWhenNoTokenAnswersUnauthorizedProblem(String method, String path) {
		ApiClient.Reply reply = this.api.send(method, path, (String) null, Map.of());

		assertUnauthorized(reply);
		assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("protectedEndpoints")
	void callWhenTokenIsBadAnswersUnauthorized(String method, String path) {
		List<String> badTokens = List.of("garbage", "a.b.c", this.expiredJwt, this.foreignJwt, this.revokedKey,
				"pgw_abcdefgh" + "x".repeat(40), "pgw_");
		assertThat(badTokens).allSatisfy((token) -> {
			ApiClient.Reply reply = this.api.send(method, path, token, Map.of());
			assertUnauthorized(reply);
			assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("adminEndpoints")
	void callWhenUserIsNotAdminAnswersForbidden(String method, String path) {
		ApiClient.Reply reply = this.api.send(method, path, this.user.accessToken(), Map.of());

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("forbidden");
		assertThat(reply.text("error")).isNotBlank();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("serverEndpoints")
	void callWhenServerIsSomeoneElsesAnswersNotFound(String method, String path) {
		ApiClient.Reply reply = this.api.send(method, path.replace(SERVER, this.foreignServer), this.user.accessToken(),
				Map.of("snapname", "matrix", "command", "say matrix", "id", this.foreignServer, "memory", 1024));

		if (path.equals("/api/server")) {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.json().path("data")).as("nobody else's servers in the list").isEmpty();
			return;
		}
		assertThat(reply.status()).as(reply.body()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("server_not_found");
	}

	@Test
	void callWhenEndpointIsPublicNeedsNoToken() {
		assertThat(this.api.get("/v3/api-docs", null).status()).isEqualTo(200);
		assertThat(this.api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health", null).status())
			.as("UP: mail has no health indicator, panels are up")
			.isEqualTo(200);
		assertThat(this.api.get("/actuator/info", null).status()).isEqualTo(200);
		ApiClient.Reply login = this.api.post("/api/auth/login", null,
				Map.of("email", "nobody@example.test", "password", "wrong password"));
		assertThat(login.text("code")).isEqualTo("invalid_credentials");
	}

	@Test
	void callWhenPublicEndpointGetsStaleTokenIgnoresIt() {
		ApiClient.Reply refresh = this.api.post("/api/auth/refresh", this.expiredJwt,
				Map.of("refreshToken", this.user.refreshToken()));

		assertThat(refresh.status()).isEqualTo(200);
	}

	@Test
	void healthWhenAnAdministratorAsksShowsEachPanelOthersSeeOnlyTheStatus() {
		String admin = new TestAccounts(this.context, this.api).admin().accessToken();

		JsonNode detailed = this.api.get("/actuator/health", admin).json();
		JsonNode asUser = this.api.get("/actuator/health", this.user.accessToken()).json();
		JsonNode anonymous = this.api.get("/actuator/health", null).json();

		assertThat(detailed.at("/components/panels/details/main/status").asString()).isEqualTo("UP");
		assertThat(detailed.at("/components/panels/details/oci/status").asString()).isEqualTo("UP");
		assertThat(asUser.has("components")).isFalse();
		assertThat(anonymous.has("components")).isFalse();
		assertThat(anonymous.path("status").asString()).isEqualTo("UP");
	}

	@Test
	void openApiWhenReadDescribesBearerScheme() {
		ApiClient.Reply docs = this.api.get("/v3/api-docs", null);

		assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(docs.json().at("/paths/~1api~1auth~1me/get/security/0").has("bearer")).isTrue();
	}

	@Test
	void callWhenAnsweredCarriesSecurityHeaders() {
		ApiClient.Reply reply = this.api.get("/api/auth/me", this.user.accessToken());

		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(reply.header("Cache-Control")).contains("no-store");
		assertThat(reply.header("Strict-Transport-Security")).as("only over HTTPS").isNull();
		assertThat(reply.header("Set-Cookie")).as("stateless").isNull();
	}

	@Test
	void preflightWhenNoOriginIsAllowedGetsNoCorsHeaders() {
		ApiClient.Reply reply = this.api.send("OPTIONS", "/api/auth/me",
				Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"), null);

		assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
	}

	private static void assertUnauthorized(ApiClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(401);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.text("code")).isEqualTo("unauthorized");
		assertThat(reply.text("error")).isNotBlank();
	}

	private static String signedWithAnotherKey(long userId) {
		byte[] key = Base64.getDecoder().decode("c2lnbmVkIHdpdGggYSBrZXkgdGhlIGdhdGV3YXkgZG9lcyBub3Qga25vdw==");
		NimbusJwtEncoder encoder = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build();
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("ptero-gateway")
			.subject(Long.toString(userId))
			.claim("role", "ADMIN")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
