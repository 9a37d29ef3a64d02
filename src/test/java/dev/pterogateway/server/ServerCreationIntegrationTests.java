package dev.pterogateway.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.AuthMethod;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.PanelAccountRef;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.PanelRegistry;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatedServer;
import dev.pterogateway.simulator.SimulatedUser;
import dev.pterogateway.simulator.UserSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/server/create} over real HTTP against the simulated panels: the
 * catalog's tariff and template become a server owned by the caller's panel account,
 * which is created (with a password shown once) when the caller has none.
 */
@GatewayIntegrationTest
class ServerCreationIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels panels;

	@Autowired
	private PanelRegistry registry;

	@Autowired
	private ServerAccess access;

	@Autowired
	private ServerOrigins origins;

	private ApiClient api;

	private TestAccounts accounts;

	private CatalogFixtures catalog;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
		this.catalog = new CatalogFixtures(this.api, this.accounts.admin());
	}

	@AfterEach
	void clearFaults() {
		this.panels.simulator("main").faults().clear();
		this.panels.simulator("oci").faults().clear();
	}

	@Test
	void createWhenCallerHasNoPanelAccountCreatesOneAndTheServerInstalls() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(2, 2048, 10240);
		long template = this.catalog.paper("oci", Map.of("BUILD_NUMBER", "123"));

		ApiClient.Reply reply = create(user, template, tariff, "My Paper");

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.text("panel")).isEqualTo("oci");
		assertThat(reply.text("status")).isEqualTo("installing");
		assertThat(reply.text("rootPassword")).hasSize(24).matches("[A-Za-z0-9]+");
		String id = reply.text("id");
		assertThat(id).matches("[0-9a-f]{8}");
		SimulatedServer server = oci().state().server(id);
		assertThat(server.name()).isEqualTo("My Paper");
		assertThat(server.ownerEmail()).isEqualTo(user.email());
		assertThat(server.limits().memory()).isEqualTo(2048);
		assertThat(server.limits().disk()).isEqualTo(10240);
		assertThat(server.limits().cpu()).isEqualTo(200);
		assertThat(server.limits().io()).isEqualTo(500);
		assertThat(server.limits().swap()).isZero();
		assertThat(server.featureLimits().databases()).isEqualTo(1);
		assertThat(server.featureLimits().allocations()).isEqualTo(3);
		assertThat(server.featureLimits().backups()).isEqualTo(2);
		SimulatedUser owner = panelUser("oci", user.email());
		assertThat(owner.id()).isEqualTo(server.ownerId());
		assertThat(owner.username()).startsWith("user-");
		assertThat(owner.rootAdmin()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> oci().state().server(id).status() == null);
		DirectoryEntry entry = this.access.resolve(ServerRef.parse(id), new Caller(user.id(), user.email(), Role.USER,
				List.of(new PanelAccountRef("oci", owner.id())), AuthMethod.JWT));
		assertThat(entry.ref()).isEqualTo(new ServerRef("oci", id));
		assertThat(entry.ownerId()).isEqualTo(owner.id());
		JsonNode link = this.api.get("/api/auth/me", user.accessToken()).json().path("panelAccounts").get(0);
		assertThat(link.path("panel").asString()).isEqualTo("oci");
		assertThat(link.path("panelUserId").asInt()).isEqualTo(owner.id());
	}

	@Test
	void createWhenTemplateSetsEnvironmentSendsEggDefaultsWithOverridesImageAndStartup() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("main", Map.of("BUILD_NUMBER", "123"));

		String id = create(user, template, tariff, null).text("id");

		ApplicationServer server = this.registry.panel("main")
			.application()
			.servers()
			.findByIdentifier(id)
			.orElseThrow();
		assertThat(server.name()).isEqualTo("Paper main Tariff 1c/1024");
		assertThat(server.container().environment()).containsEntry("BUILD_NUMBER", "123")
			.containsEntry("MINECRAFT_VERSION", "latest")
			.containsEntry("SERVER_JARFILE", "server.jar");
		assertThat(server.container().image()).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
		assertThat(server.container().startupCommand()).contains("{{SERVER_JARFILE}}");
	}

	@Test
	void createWhenDoneRecordsOriginForServerDetails() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("main", Map.of());

		String id = create(user, template, tariff, null).text("id");

		ServerOrigin origin = this.origins.find("main", id).orElseThrow();
		assertThat(origin.osTemplate()).isEqualTo(new ServerOrigin.CatalogItem(template, "Paper main"));
		assertThat(origin.tariff()).isEqualTo(new ServerOrigin.CatalogItem(tariff, "Tariff 1c/1024"));
		assertThat(this.origins.find("oci", id)).isEmpty();
	}

	@Test
	void createWhenCallerHasLinkedAccountUsesItWithoutPassword() {
		String email = TestAccounts.uniqueEmail("linked");
		SimulatedUser seeded = this.panels.simulator("main")
			.state()
			.seedUser(new UserSeed(email, "linked-" + email.substring(7, 15), false));
		TestAccounts.TestUser user = this.accounts.loggedIn(Role.USER, email);
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("main", Map.of());

		ApiClient.Reply reply = create(user, template, tariff, "Linked");

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().path("rootPassword").isNull()).isTrue();
		assertThat(this.panels.simulator("main").state().server(reply.text("id")).ownerId()).isEqualTo(seeded.id());
	}

	@Test
	void createWhenPanelUserWithCallersEmailIsNotLinkedLinksAndUsesIt() {
		TestAccounts.TestUser user = this.accounts.user();
		SimulatedUser seeded = oci().state()
			.seedUser(new UserSeed(user.email(), "late-" + user.email().substring(5, 13), false));
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("oci", Map.of());

		ApiClient.Reply reply = create(user, template, tariff, "Late link");

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().path("rootPassword").isNull()).isTrue();
		assertThat(oci().state().server(reply.text("id")).ownerId()).isEqualTo(seeded.id());
		assertThat(this.api.get("/api/auth/me", user.accessToken())
			.json()
			.path("panelAccounts")
			.get(0)
			.path("panelUserId")
			.asInt()).isEqualTo(seeded.id());
	}

	@Test
	void createWhenCatalogIdsAreUnknownAnswersClearProblems() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("oci", Map.of());

		ApiClient.Reply unknownOs = create(user, 999_999, tariff, null);
		ApiClient.Reply unknownTariff = create(user, template, 999_999, null);
		ApiClient.Reply missing = this.api.post("/api/server/create", user.accessToken(), Map.of("tariffId", -1));

		assertThat(unknownOs.status()).isEqualTo(404);
		assertThat(unknownOs.text("code")).isEqualTo("unknown_os_template");
		assertThat(unknownTariff.status()).isEqualTo(404);
		assertThat(unknownTariff.text("code")).isEqualTo("unknown_tariff");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.text("code")).isEqualTo("validation_failed");
		assertThat(missing.json().path("fields").valueStream().map((field) -> field.path("field").asString()))
			.containsExactlyInAnyOrder("osId", "tariffId");
		assertThat(panelUsers(user.email())).as("no panel account for a refused creation").isEmpty();
	}

	@Test
	void createWhenTemplateHasNoPanelUsesFirstPanelThatTakesIt() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper(null, Map.of());
		this.panels.simulator("main").faults().failAll(500);

		ApiClient.Reply reply = create(user, template, tariff, "Anywhere");

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.text("panel")).isEqualTo("oci");
		assertThat(oci().state().server(reply.text("id")).ownerEmail()).isEqualTo(user.email());
	}

	@Test
	void createWhenNoPanelHasRoomAnswersConflictNamingEachPanel() {
		TestAccounts.TestUser user = this.accounts.user();
		long tariff = this.catalog.tariff(4, 50_000_000, 5120);
		long anywhere = this.catalog.paper(null, Map.of());
		long pinned = this.catalog.paper("main", Map.of());

		ApiClient.Reply nowhere = create(user, anywhere, tariff, null);
		ApiClient.Reply onMain = create(user, pinned, tariff, null);

		assertThat(nowhere.status()).isEqualTo(409);
		assertThat(nowhere.text("code")).isEqualTo("no_panel_with_room");
		assertThat(nowhere.json().path("panels").path("main").asString()).contains("No nodes");
		assertThat(nowhere.json().path("panels").path("oci").asString()).contains("No nodes");
		assertThat(onMain.status()).isEqualTo(409);
		assertThat(onMain.text("code")).isEqualTo("panel_conflict");
		assertThat(onMain.text("panelCode")).isEqualTo("NoViableNodeException");
		assertThat(panelUsers(user.email())).as("accounts made for servers that were refused are deleted").isEmpty();
		assertThat(this.api.get("/api/auth/me", user.accessToken()).json().path("panelAccounts")).isEmpty();
	}

	@Test
	void createAfterARefusedCreationMakesTheAccountAgainAndShowsItsPassword() {
		TestAccounts.TestUser user = this.accounts.user();
		long template = this.catalog.paper("oci", Map.of());
		create(user, template, this.catalog.tariff(4, 50_000_000, 5120), null);

		ApiClient.Reply reply = create(user, template, this.catalog.tariff(1, 1024, 5120), null);

		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.text("rootPassword")).isNotBlank();
		assertThat(panelUsers(user.email())).singleElement()
			.satisfies((owner) -> assertThat(owner.id()).isEqualTo(oci().state().server(reply.text("id")).ownerId()));
	}

	@Test
	void createWhenDoneIsAuditedWithServerAndOutcome() {
		TestAccounts.TestUser user = this.accounts.user();
		TestAccounts.TestUser admin = this.accounts.admin();
		long tariff = this.catalog.tariff(1, 1024, 5120);
		long template = this.catalog.paper("main", Map.of());
		String id = create(user, template, tariff, null).text("id");
		create(user, 999_999, tariff, null);

		JsonNode items = await()
			.until(() -> this.api.get("/api/admin/audit?action=server.create&user=" + user.email(), admin.accessToken())
				.json()
				.path("items"), (found) -> found.size() == 2);

		assertThat(items.get(0).path("outcome").asString()).isEqualTo("FAILURE");
		assertThat(items.get(0).path("detail").asString()).isEqualTo("unknown_os_template");
		assertThat(items.get(1).path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(items.get(1).path("panel").asString()).isEqualTo("main");
		assertThat(items.get(1).path("identifier").asString()).isEqualTo(id);
		assertThat(items.get(1).path("authMethod").asString()).isEqualTo("jwt");
		assertThat(items.toString()).doesNotContain("rootPassword");
	}

	private ApiClient.Reply create(TestAccounts.TestUser user, long osId, long tariffId, String name) {
		Map<String, Object> body = (name != null) ? Map.of("osId", osId, "tariffId", tariffId, "name", name)
				: Map.of("osId", osId, "tariffId", tariffId);
		return this.api.post("/api/server/create", user.accessToken(), body);
	}

	private PanelSimulator oci() {
		return this.panels.simulator("oci");
	}

	private SimulatedUser panelUser(String panel, String email) {
		return this.panels.simulator(panel)
			.state()
			.users()
			.stream()
			.filter((candidate) -> candidate.email().equals(email))
			.findFirst()
			.orElseThrow();
	}

	private List<SimulatedUser> panelUsers(String email) {
		return List.of(this.panels.simulator("main"), oci())
			.stream()
			.flatMap((simulator) -> simulator.state().users().stream())
			.filter((candidate) -> candidate.email().equals(email))
			.toList();
	}

}
