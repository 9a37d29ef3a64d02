package dev.pterogateway.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.pterogateway.AlternateGatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.simulator.PanelSimulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every {@code /api/server} operation that calls a panel, over real HTTP through the
 * security chain, while the server's panel is down (connection refused: 502
 * {@code panel_unavailable}) or accepts calls but never answers (504
 * {@code panel_timeout} once the 2 s panel timeout of this context has passed); and the
 * panel's own rate limit (503 {@code panel_rate_limited} with {@code Retry-After}). Never
 * a 500, never a hang: the client gives up after 30 s.
 */
@AlternateGatewayIntegrationTest
class PanelFaultIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PanelRegistry registry;

	private ServerFixtures fixtures;

	private ApiClient api;

	@BeforeEach
	void setUp() {
		this.fixtures = new ServerFixtures(this.context, this.port);
		this.api = this.fixtures.api();
	}

	@AfterEach
	void healPanel() {
		PanelSimulator oci = this.fixtures.panel("oci");
		oci.faults().clear();
		oci.restart();
		this.fixtures.refreshDirectory();
	}

	static Stream<Arguments> operationsUnderFaults() {
		return Stream.of(Fault.values())
			.flatMap((fault) -> Stream.of(Operation.values()).map((operation) -> Arguments.of(operation, fault)));
	}

	@ParameterizedTest(name = "{0} while the panel {1}")
	@MethodSource("operationsUnderFaults")
	void operationWhenPanelFailsAnswersGatewayProblem(Operation operation, Fault fault) {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));
		CatalogFixtures catalog = new CatalogFixtures(this.api, this.fixtures.admin());
		long template = catalog.paper("oci", Map.of());
		long tariff = catalog.tariff(1, 1024, 5120);
		Call call = operation.call.apply(new Target(owner.id(0), template, tariff));
		fault.apply(this.fixtures.panel("oci"));

		ApiClient.Reply reply = this.api.send(call.method(), call.path(), owner.token(), call.body());

		assertThat(reply.status()).as(reply.body()).isEqualTo(fault.status);
		assertThat(reply.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(reply.text("code")).isEqualTo(fault.code);
		assertThat(reply.json().path("status").asInt()).isEqualTo(fault.status);
		assertThat(reply.text("panel")).isEqualTo("oci");
		assertThat(reply.text("error")).isNotBlank();
	}

	@Test
	void operationWhenPanelRateLimitsGatewayAnswersServiceUnavailableWithRetryAfter() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));
		PanelSimulator oci = this.fixtures.panel("oci");
		oci.faults().rateLimitNext(1, Duration.ofSeconds(2));
		try {
			ApiClient.Reply refused = this.api.get("/api/server/" + owner.id(0) + "/status", owner.token());
			ApiClient.Reply failedFast = this.api.post("/api/server/" + owner.id(0) + "/start", owner.token(), null);

			assertThat(refused.status()).as(refused.body()).isEqualTo(503);
			assertThat(refused.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(refused.text("code")).isEqualTo("panel_rate_limited");
			assertThat(refused.header("Retry-After")).isEqualTo("2");
			assertThat(refused.json().path("retryAfterSeconds").asLong()).isEqualTo(2);
			assertThat(failedFast.status()).as("the gateway waits out the panel's limit without calling it")
				.isEqualTo(503);
			assertThat(failedFast.text("code")).isEqualTo("panel_rate_limited");
			assertThat(Long.parseLong(failedFast.header("Retry-After"))).isBetween(1L, 2L);
			assertThat(oci.state().powerSignals(owner.id(0))).isEmpty();
		}
		finally {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> !this.registry.panel("oci").rateLimit(PanelApi.CLIENT).blockedAt(Instant.now()));
		}
	}

	/** A failure of the server's panel. */
	enum Fault {

		IS_DOWN(502, "panel_unavailable") {
			@Override
			void apply(PanelSimulator panel) {
				panel.stop();
			}
		},

		HANGS(504, "panel_timeout") {
			@Override
			void apply(PanelSimulator panel) {
				panel.faults().hangNext(Integer.MAX_VALUE);
			}
		};

		private final int status;

		private final String code;

		Fault(int status, String code) {
			this.status = status;
			this.code = code;
		}

		abstract void apply(PanelSimulator panel);

	}

	/** The operations that call the server's panel, each as one request. */
	enum Operation {

		DETAILS((target) -> new Call("GET", "/api/server/" + target.id(), null)),

		STATUS((target) -> new Call("GET", "/api/server/" + target.id() + "/status", null)),

		POWER((target) -> new Call("POST", "/api/server/" + target.id() + "/restart", null)),

		COMMAND((target) -> new Call("POST", "/api/server/" + target.id() + "/command", Map.of("command", "say hi"))),

		CREATE((target) -> new Call("POST", "/api/server/create",
				Map.of("osId", target.template(), "tariffId", target.tariff()))),

		DELETE((target) -> new Call("DELETE", "/api/server/" + target.id(), null)),

		PASSWORD((target) -> new Call("POST", "/api/server/" + target.id() + "/password", null)),

		RESIZE((target) -> new Call("PUT", "/api/server/" + target.id() + "/resize", Map.of("memory", 1024))),

		CONSOLE((target) -> new Call("POST", "/api/server/console", Map.of("id", target.id()))),

		SNAPSHOTS((target) -> new Call("GET", "/api/server/" + target.id() + "/snapshots", null));

		private final Function<Target, Call> call;

		Operation(Function<Target, Call> call) {
			this.call = call;
		}

	}

	/**
	 * What an operation acts on.
	 *
	 * @param id the owner's server on the failing panel
	 * @param template an OS template pinned to that panel
	 * @param tariff a tariff
	 */
	record Target(String id, long template, long tariff) {

	}

	/**
	 * One request.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param body the JSON body, if any
	 */
	record Call(String method, String path, @Nullable Object body) {

	}

}
