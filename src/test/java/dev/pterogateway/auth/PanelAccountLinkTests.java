package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Map;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatedUser;
import dev.pterogateway.simulator.UserSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Panel accounts are linked by e-mail through each simulated panel's application API at
 * start-up (demo users), registration and login, and by administrators; a panel that is
 * down never fails a login.
 */
@GatewayIntegrationTest
class PanelAccountLinkTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DemoPanels panels;

	@Autowired
	private UserRepository users;

	private ApiClient api;

	private TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.accounts = new TestAccounts(this.context, this.api);
	}

	@Test
	void startWhenDemoModeLinksPlayerOneToSeededUsersOnBothPanels() {
		TestAccounts.TestUser admin = this.accounts.admin();
		long playerOne = this.users.findByEmail(AccountBootstrap.DEMO_USER).orElseThrow().getId();

		JsonNode links = this.api.get("/api/admin/users/" + playerOne, admin.accessToken())
			.json()
			.path("panelAccounts");

		assertThat(links).hasSize(2);
		assertThat(link(links, "main").path("panelUserId").asInt()).isEqualTo(panelUser("main", "player1").id());
		assertThat(link(links, "oci").path("panelUserId").asInt()).isEqualTo(panelUser("oci", "player1").id());
		assertThat(link(links, "main").path("linkedBy").asString()).isEqualTo("AUTO");
		assertThat(link(links, "oci").path("panelEmail").asString()).isEqualTo(AccountBootstrap.DEMO_USER);
	}

	@Test
	void loginWhenEmailMatchesPanelUsersLinksThemOnBothPanels() {
		String email = TestAccounts.uniqueEmail("both");
		SimulatedUser onMain = seedPanelUser("main", email);
		SimulatedUser onOci = seedPanelUser("oci", email);

		TestAccounts.TestUser user = this.accounts.loggedIn(Role.USER, email);

		JsonNode links = me(user).path("panelAccounts");
		assertThat(links).hasSize(2);
		assertThat(link(links, "main").path("panelUserId").asInt()).isEqualTo(onMain.id());
		assertThat(link(links, "oci").path("panelUserId").asInt()).isEqualTo(onOci.id());
		assertThat(link(links, "oci").path("panelUsername").asString()).isEqualTo(onOci.username());
	}

	@Test
	void registerWhenEmailMatchesOnePanelLinksOnlyThatOne() {
		String email = TestAccounts.uniqueEmail("oci-only");
		SimulatedUser onOci = seedPanelUser("oci", email);

		ApiClient.Reply registered = this.api.post("/api/auth/register", null,
				Map.of("email", email, "password", "long enough password"));

		assertThat(registered.status()).isEqualTo(201);
		JsonNode links = registered.json().path("panelAccounts");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).path("panel").asString()).isEqualTo("oci");
		assertThat(links.get(0).path("panelUserId").asInt()).isEqualTo(onOci.id());
	}

	@Test
	void loginWhenMatchingPanelAccountBelongsToSomeoneElseLeavesItAlone() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser owner = this.accounts.user();
		String email = TestAccounts.uniqueEmail("claimed");
		SimulatedUser onMain = seedPanelUser("main", email);
		assertThat(linkByAdmin(admin, owner.id(), "main", onMain.id()).status()).isEqualTo(201);

		TestAccounts.TestUser latecomer = this.accounts.loggedIn(Role.USER, email);

		assertThat(me(latecomer).path("panelAccounts")).isEmpty();
		assertThat(me(owner).path("panelAccounts")).hasSize(1);
	}

	@Test
	void linkWhenAdminLinksAndUnlinksUserSeesTheChange() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser user = this.accounts.user();
		SimulatedUser panelUser = seedPanelUser("main", TestAccounts.uniqueEmail("manual"));

		ApiClient.Reply linked = linkByAdmin(admin, user.id(), "main", panelUser.id());
		assertThat(linked.status()).isEqualTo(201);
		assertThat(linked.text("linkedBy")).isEqualTo("ADMIN");
		assertThat(linked.text("panelUsername")).isEqualTo(panelUser.username());
		assertThat(this.api.get("/api/admin/users/" + user.id() + "/panel-accounts", admin.accessToken()).json())
			.hasSize(1);
		assertThat(me(user).at("/panelAccounts/0/panelUserId").asInt()).isEqualTo(panelUser.id());

		String path = "/api/admin/users/" + user.id() + "/panel-accounts/main/" + panelUser.id();
		assertThat(this.api.delete(path, admin.accessToken()).status()).isEqualTo(204);
		assertThat(me(user).path("panelAccounts")).isEmpty();
		ApiClient.Reply again = this.api.delete(path, admin.accessToken());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.text("code")).isEqualTo("panel_account_not_found");
	}

	@Test
	void linkWhenTargetDoesNotExistAnswersNotFound() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser user = this.accounts.user();

		ApiClient.Reply noPanelUser = linkByAdmin(admin, user.id(), "main", 987_654);
		ApiClient.Reply noPanel = linkByAdmin(admin, user.id(), "nowhere", 1);
		ApiClient.Reply noUser = linkByAdmin(admin, 987_654_321L, "main", 1);

		assertThat(noPanelUser.status()).isEqualTo(404);
		assertThat(noPanelUser.text("code")).isEqualTo("panel_user_not_found");
		assertThat(noPanel.status()).isEqualTo(404);
		assertThat(noPanel.text("code")).isEqualTo("unknown_panel");
		assertThat(noUser.status()).isEqualTo(404);
		assertThat(noUser.text("code")).isEqualTo("user_not_found");
	}

	@Test
	void linkWhenPanelAccountBelongsToAnotherUserAnswersConflict() {
		TestAccounts.TestUser admin = this.accounts.admin();
		TestAccounts.TestUser first = this.accounts.user();
		TestAccounts.TestUser second = this.accounts.user();
		SimulatedUser panelUser = seedPanelUser("oci", TestAccounts.uniqueEmail("contested"));
		linkByAdmin(admin, first.id(), "oci", panelUser.id());

		ApiClient.Reply reply = linkByAdmin(admin, second.id(), "oci", panelUser.id());

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("panel_account_taken");
	}

	@Test
	void loginWhenOnePanelIsDownStillSucceedsAndLinksTheOther() {
		String email = TestAccounts.uniqueEmail("degraded");
		seedPanelUser("main", email);
		seedPanelUser("oci", email);
		PanelSimulator oci = this.panels.simulator("oci");
		oci.faults().failAll(503);
		try {
			TestAccounts.TestUser user = this.accounts.loggedIn(Role.USER, email);

			JsonNode links = me(user).path("panelAccounts");
			assertThat(links).hasSize(1);
			assertThat(links.get(0).path("panel").asString()).isEqualTo("main");
		}
		finally {
			oci.faults().clear();
		}
	}

	@Test
	void loginWhenPanelHangsAnswersWithinTheLinkTimeout() {
		String email = TestAccounts.uniqueEmail("hang");
		long id = this.accounts.create(Role.USER, email, "the right password");
		PanelSimulator main = this.panels.simulator("main");
		main.faults().hangNext(1);
		try {
			long started = System.nanoTime();
			TestAccounts.TestUser user = this.accounts.login(id, email, "the right password");

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
			assertThat(user.accessToken()).isNotBlank();
		}
		finally {
			main.faults().clear();
		}
	}

	private ApiClient.Reply linkByAdmin(TestAccounts.TestUser admin, long userId, String panel, long panelUserId) {
		return this.api.post("/api/admin/users/" + userId + "/panel-accounts", admin.accessToken(),
				Map.of("panel", panel, "panelUserId", panelUserId));
	}

	private JsonNode me(TestAccounts.TestUser user) {
		return this.api.get("/api/auth/me", user.accessToken()).json();
	}

	private SimulatedUser seedPanelUser(String panel, String email) {
		String username = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9]", "");
		return this.panels.simulator(panel).state().seedUser(new UserSeed(email, username, false));
	}

	private SimulatedUser panelUser(String panel, String username) {
		return this.panels.simulator(panel)
			.state()
			.users()
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode link(JsonNode links, String panel) {
		for (JsonNode link : links) {
			if (link.path("panel").asString().equals(panel)) {
				return link;
			}
		}
		throw new AssertionError("No link on panel " + panel + " in " + links);
	}

}
