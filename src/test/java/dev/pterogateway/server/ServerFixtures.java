package dev.pterogateway.server;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.Role;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.demo.DemoPanels;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.ServerSeed;
import dev.pterogateway.simulator.SimulatedServer;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seeds what a server test needs on the demo panels, each time with fresh e-mails and
 * identifiers, so that tests sharing the context never see each other's data: a user
 * whose panel accounts on both panels are linked at login, servers they own, and the
 * directory reloaded so that the gateway knows them at once.
 */
final class ServerFixtures {

	private final DemoPanels panels;

	private final ServerDirectory directory;

	private final ApiClient api;

	private final TestAccounts accounts;

	ServerFixtures(ApplicationContext context, int port) {
		this.panels = context.getBean(DemoPanels.class);
		this.directory = context.getBean(ServerDirectory.class);
		this.api = new ApiClient(port);
		this.accounts = new TestAccounts(context, this.api);
	}

	ApiClient api() {
		return this.api;
	}

	PanelSimulator panel(String name) {
		return this.panels.simulator(name);
	}

	TestAccounts.TestUser admin() {
		return this.accounts.admin();
	}

	/**
	 * A logged-in user with no panel account at all.
	 */
	TestAccounts.TestUser stranger() {
		return this.accounts.user();
	}

	/**
	 * A user whose e-mail owns the given servers; they are seeded first, so that the
	 * login links the panel accounts the seeding created.
	 */
	Owner owner(ServerSeedOn... servers) {
		String email = TestAccounts.uniqueEmail("owner");
		List<SimulatedServer> seeded = seed(email, servers);
		TestAccounts.TestUser user = this.accounts.loggedIn(Role.USER, email);
		return new Owner(user, email, seeded);
	}

	/**
	 * Servers of a panel user no gateway user is linked to.
	 */
	List<SimulatedServer> foreign(ServerSeedOn... servers) {
		return seed(TestAccounts.uniqueEmail("foreign"), servers);
	}

	private List<SimulatedServer> seed(String email, ServerSeedOn... servers) {
		List<SimulatedServer> seeded = Arrays.stream(servers)
			.map((server) -> panel(server.panel()).state().seedServer(server.seed().apply(email)))
			.toList();
		this.directory.refresh();
		return seeded;
	}

	/** Lists every panel again, as the monitor's sweep would. */
	void refreshDirectory() {
		this.directory.refresh();
	}

	static ServerSeedOn on(String panel) {
		return new ServerSeedOn(panel, (email) -> ServerSeed.of(uniqueName("srv"), email));
	}

	static ServerSeedOn on(String panel, Function<ServerSeed, ServerSeed> adjust) {
		return new ServerSeedOn(panel, (email) -> adjust.apply(ServerSeed.of(uniqueName("srv"), email)));
	}

	static String uniqueName(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String uniqueIdentifier() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * The audit events of one actor for an action, newest first, once there are at least
	 * {@code count} (the trail writes asynchronously).
	 */
	JsonNode auditOf(TestAccounts.TestUser admin, String actor, String action, int count) {
		String path = "/api/admin/audit?user=" + actor + "&action=" + action;
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			ApiClient.Reply reply = this.api.get(path, admin.accessToken());
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			return reply.json().path("items");
		}, (items) -> items.size() >= count);
	}

	/**
	 * A server to seed on a panel, given its owner's e-mail.
	 *
	 * @param panel the panel
	 * @param seed the seed for an owner e-mail
	 */
	record ServerSeedOn(String panel, Function<String, ServerSeed> seed) {

	}

	/**
	 * A logged-in user and the servers they own.
	 *
	 * @param user the user
	 * @param email the user's (and panel accounts') e-mail
	 * @param servers the servers, in the order asked for
	 */
	record Owner(TestAccounts.TestUser user, String email, List<SimulatedServer> servers) {

		String token() {
			return this.user.accessToken();
		}

		SimulatedServer server(int index) {
			return this.servers.get(index);
		}

		String id(int index) {
			return server(index).identifier();
		}

	}

}
