package dev.pterogateway.server;

import java.util.List;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.AuthMethod;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.catalog.OsTemplateService;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.catalog.TariffService;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.simulator.BuildUpdate;
import dev.pterogateway.simulator.FeatureLimits;
import dev.pterogateway.simulator.ServerLimits;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.simulator.SimulatorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code PUT /api/server/{id}/resize} over real HTTP against the simulated panels: only
 * the given limits change on the panel, users stay within the tariff the server was
 * created with, administrators may go beyond it. (A resize after a real creation is in
 * {@link ServerCreationJourneyTests}.)
 */
@GatewayIntegrationTest
class ResizeIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels panels;

	@Autowired
	private PanelRegistry registry;

	@Autowired
	private ServerCreationOrigins origins;

	@Autowired
	private TariffService tariffs;

	@Autowired
	private OsTemplateService templates;

	private ApiClient api;

	private TestAccounts accounts;

	private TestAccounts.TestUser admin;

	private TestAccounts.TestUser user;

	private String id;

	/**
	 * A server of the user's on {@code oci} that the gateway created with a 2-core, 4
	 * GiB, 20 GiB tariff: seeded into the simulator with its origin recorded, so that the
	 * setup spends none of the panel's rate limit on creating it (creation is tested on
	 * its own).
	 */
	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
		this.admin = this.accounts.admin();
		String email = TestAccounts.uniqueEmail("resizer");
		this.id = state()
			.seedServer(ServerSeed.of("Resizable", email)
				.withLimits(ServerLimits.of(4096, 20480, 200))
				.withFeatureLimits(new FeatureLimits(1, 3, 2)))
			.identifier();
		this.user = this.accounts.loggedIn(Role.USER, email);
		Tariff tariff = this.tariffs.require(new CatalogFixtures(this.api, this.admin).tariff(2, 4096, 20480));
		Caller caller = new Caller(this.user.id(), email, Role.USER, List.of(), AuthMethod.JWT);
		this.origins.record(new ServerRef("oci", this.id), tariff, this.templates.list().get(0), caller);
	}

	@Test
	void resizeWhenOnlyMemoryIsGivenChangesOnlyMemory() {
		ApplicationServer before = applicationServer();

		ApiClient.Reply reply = resize(this.user, Map.of("memory", 2048));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("success");
		assertThat(reply.text("id")).isEqualTo(this.id);
		assertThat(reply.text("panel")).isEqualTo("oci");
		JsonNode limits = reply.json().path("limits");
		assertThat(limits.path("memory").asLong()).isEqualTo(2048);
		assertThat(limits.path("disk").asLong()).isEqualTo(20480);
		assertThat(limits.path("cpu").asInt()).isEqualTo(200);
		assertThat(state().builds(this.id)).singleElement().satisfies((build) -> {
			assertThat(build.limits())
				.isEqualTo(new ServerLimits(2048, 0, 20480, 500, 200, null, before.limits().oomDisabled()));
			assertThat(build.allocation()).isEqualTo(before.allocation());
			assertThat(build.featureLimits()).isEqualTo(new FeatureLimits(1, 3, 2));
			assertThat(build.addedAllocations()).isEmpty();
			assertThat(build.removedAllocations()).isEmpty();
		});
		assertThat(state().server(this.id).limits().memory()).isEqualTo(2048);
	}

	@Test
	void resizeWhenCoresAndDiskAreGivenSetsCpuToCoresTimesHundred() {
		ApiClient.Reply reply = resize(this.user, Map.of("cores", 1, "disk", 10240));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		BuildUpdate build = state().builds(this.id).get(0);
		assertThat(build.limits().cpu()).isEqualTo(100);
		assertThat(build.limits().disk()).isEqualTo(10240);
		assertThat(build.limits().memory()).isEqualTo(4096);
	}

	@Test
	void resizeWhenLimitIsNotPositiveOrMissingAnswersValidationFailed() {
		ApiClient.Reply negative = resize(this.user, Map.of("memory", -1));
		ApiClient.Reply zeroCores = resize(this.user, Map.of("cores", 0));
		ApiClient.Reply empty = resize(this.user, Map.of());

		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.text("code")).isEqualTo("validation_failed");
		assertThat(negative.json().path("fields").get(0).path("field").asString()).isEqualTo("memory");
		assertThat(zeroCores.status()).isEqualTo(400);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text("code")).isEqualTo("validation_failed");
		assertThat(empty.text("error")).contains("at least one of cores, memory and disk");
		assertThat(state().builds(this.id)).isEmpty();
	}

	@Test
	void resizeWhenUserGoesBeyondTariffAnswersConflictButAdminMay() {
		ApiClient.Reply byUser = resize(this.user, Map.of("memory", 8192, "cores", 2));

		assertThat(byUser.status()).isEqualTo(409);
		assertThat(byUser.text("code")).isEqualTo("exceeds_tariff");
		assertThat(byUser.json().path("exceeded").valueStream().map(JsonNode::asString)).containsExactly("memory");
		assertThat(byUser.json().path("tariff").path("memoryMb").asLong()).isEqualTo(4096);
		assertThat(state().builds(this.id)).isEmpty();

		ApiClient.Reply byAdmin = resize(this.admin, Map.of("memory", 8192, "cores", 4));

		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
		assertThat(state().builds(this.id)).singleElement().satisfies((build) -> {
			assertThat(build.limits().memory()).isEqualTo(8192);
			assertThat(build.limits().cpu()).isEqualTo(400);
		});
	}

	@Test
	void resizeWhenServerIsSomeoneElsesAnswersNotFound() {
		TestAccounts.TestUser stranger = this.accounts.user();

		ApiClient.Reply reply = resize(stranger, Map.of("memory", 1024));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("server_not_found");
		assertThat(state().builds(this.id)).isEmpty();
	}

	@Test
	void resizeWhenServerHasNoTariffIsForAdministratorsOnly() {
		String email = TestAccounts.uniqueEmail("seeded");
		SimulatedServer seeded = state().seedServer(ServerSeed.of("Seeded", email)
			.withLimits(ServerLimits.of(1024, 5120, 100))
			.withFeatureLimits(new FeatureLimits(0, 0, 1)));
		TestAccounts.TestUser owner = this.accounts.loggedIn(Role.USER, email);
		String path = "/api/server/oci:" + seeded.identifier() + "/resize";

		ApiClient.Reply byOwner = this.api.send("PUT", path, owner.accessToken(), Map.of("memory", 16384));

		assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(403);
		assertThat(byOwner.text("code")).isEqualTo("resize_needs_tariff");
		assertThat(state().builds(seeded.identifier())).isEmpty();
		ApiClient.Reply byAdmin = this.api.send("PUT", path, this.admin.accessToken(), Map.of("memory", 16384));
		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
		assertThat(state().builds(seeded.identifier())).singleElement()
			.satisfies((build) -> assertThat(build.limits().memory()).isEqualTo(16384));
	}

	@Test
	void resizeWhenDoneOrRefusedIsAudited() {
		resize(this.user, Map.of("disk", 10240));
		resize(this.user, Map.of("disk", 999_999));

		JsonNode items = await().until(() -> this.api
			.get("/api/admin/audit?action=server.resize&user=" + this.user.email(), this.admin.accessToken())
			.json()
			.path("items"), (found) -> found.size() == 2);

		assertThat(items.get(0).path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(items.get(0).path("detail").asString()).isEqualTo("exceeds_tariff");
		assertThat(items.get(1).path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(items.get(1).path("detail").asString()).isEqualTo("disk 10240 MiB");
		assertThat(items.get(1).path("panel").asString()).isEqualTo("oci");
		assertThat(items.get(1).path("identifier").asString()).isEqualTo(this.id);
	}

	private ApiClient.Reply resize(TestAccounts.TestUser caller, Map<String, Object> body) {
		return this.api.send("PUT", "/api/server/" + this.id + "/resize", caller.accessToken(), body);
	}

	private SimulatorState state() {
		return this.panels.simulator("oci").state();
	}

	private ApplicationServer applicationServer() {
		return this.registry.panel("oci").application().servers().findByIdentifier(this.id).orElseThrow();
	}

}
