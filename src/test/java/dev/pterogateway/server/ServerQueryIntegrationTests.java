package dev.pterogateway.server;

import java.util.List;

import dev.pterogateway.GatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.simulator.PanelSimulator;
import dev.pterogateway.simulator.SimulatedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/server} and {@code GET /api/server/{id}} over real HTTP against the two
 * simulated panels: merged listing, filters, paging, a panel down, details, the ownership
 * rule and identifiers that exist on both panels.
 */
@GatewayIntegrationTest
class ServerQueryIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private ServerFixtures fixtures;

	private ApiClient api;

	@BeforeEach
	void setUp() {
		this.fixtures = new ServerFixtures(this.context, this.port);
		this.api = this.fixtures.api();
	}

	@Test
	void listWhenOwnerHasServersOnBothPanelsMergesThem() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"), on("oci"));

		ApiClient.Reply reply = this.api.get("/api/server", owner.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(ids(body)).containsExactlyInAnyOrder(owner.id(0), owner.id(1));
		JsonNode onOci = item(body, owner.id(1));
		assertThat(onOci.path("panel").asString()).isEqualTo("oci");
		assertThat(onOci.path("name").asString()).isEqualTo(owner.server(1).name());
		assertThat(onOci.path("uuid").asString()).isEqualTo(owner.server(1).uuid());
		assertThat(onOci.path("status").asString()).isEqualTo("installed");
		assertThat(onOci.at("/limits/memory").asLong()).isEqualTo(2048);
		assertThat(onOci.at("/limits/cpu").asInt()).isEqualTo(100);
		assertThat(onOci.at("/featureLimits/backups").asInt()).isEqualTo(3);
		assertThat(body.at("/page/number").asInt()).isZero();
		assertThat(body.at("/page/size").asInt()).isEqualTo(100);
		assertThat(body.at("/page/totalElements").asLong()).isEqualTo(2);
		assertThat(body.at("/page/totalPages").asInt()).isEqualTo(1);
		assertThat(body.path("panels")).extracting((panel) -> panel.path("name").asString())
			.containsExactly("main", "oci");
		assertThat(body.path("panels")).allSatisfy((panel) -> {
			assertThat(panel.path("status").asString()).isEqualTo("ok");
			assertThat(panel.path("lastOkAt").asString()).isNotBlank();
		});
		assertThat(body.path("degraded").asBoolean()).isFalse();
	}

	@Test
	void listWhenFilteredKeepsOnlyMatchingServers() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withStatus("suspended")), on("oci"),
				on("main", (seed) -> seed.withStatus("installing")));

		assertThat(ids(list(owner, "?panel=oci"))).containsExactly(owner.id(1));
		assertThat(ids(list(owner, "?status=suspended"))).containsExactly(owner.id(0));
		assertThat(ids(list(owner, "?status=installing&panel=main"))).containsExactly(owner.id(2));
		String name = owner.server(1).name();
		assertThat(ids(list(owner, "?q=" + name.substring(4).toUpperCase()))).containsExactly(owner.id(1));
		assertThat(ids(list(owner, "?q=no-such-name"))).isEmpty();
	}

	@Test
	void listWhenPagedSplitsTheSortedList() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"), on("oci"), on("main"));
		List<String> sorted = owner.servers()
			.stream()
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.map(SimulatedServer::identifier)
			.toList();

		JsonNode first = list(owner, "?size=2");
		JsonNode second = list(owner, "?size=2&page=1");
		JsonNode beyond = list(owner, "?size=2&page=5");

		assertThat(ids(first)).containsExactlyElementsOf(sorted.subList(0, 2));
		assertThat(ids(second)).containsExactlyElementsOf(sorted.subList(2, 3));
		assertThat(second.at("/page/number").asInt()).isEqualTo(1);
		assertThat(second.at("/page/totalElements").asLong()).isEqualTo(3);
		assertThat(second.at("/page/totalPages").asInt()).isEqualTo(2);
		assertThat(ids(beyond)).isEmpty();
	}

	@Test
	void listWhenPagingIsOutOfRangeAnswersBadRequest() {
		TestAccounts.TestUser user = this.fixtures.stranger();

		ApiClient.Reply tooLarge = this.api.get("/api/server?size=5000", user.accessToken());
		ApiClient.Reply negative = this.api.get("/api/server?page=-1", user.accessToken());
		ApiClient.Reply notANumber = this.api.get("/api/server?size=many", user.accessToken());

		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.text("code")).isEqualTo("validation_failed");
		assertThat(tooLarge.json().at("/fields/0/field").asString()).isEqualTo("size");
		assertThat(tooLarge.text("error")).isNotBlank();
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().at("/fields/0/field").asString()).isEqualTo("page");
		assertThat(notANumber.status()).isEqualTo(400);
	}

	@Test
	void listWhenUserHasNoPanelAccountIsEmptyAndAdminSeesEveryServer() {
		List<SimulatedServer> foreign = this.fixtures.foreign(on("main"), on("oci"));
		TestAccounts.TestUser stranger = this.fixtures.stranger();
		TestAccounts.TestUser admin = this.fixtures.admin();

		JsonNode strangers = this.api.get("/api/server", stranger.accessToken()).json();
		JsonNode admins = this.api.get("/api/server?size=1000", admin.accessToken()).json();

		assertThat(strangers.path("data")).isEmpty();
		assertThat(strangers.at("/page/totalElements").asLong()).isZero();
		int everyServer = this.fixtures.panel("main").state().servers().size()
				+ this.fixtures.panel("oci").state().servers().size();
		assertThat(admins.at("/page/totalElements").asLong()).isEqualTo(everyServer);
		assertThat(ids(admins)).contains(foreign.get(0).identifier(), foreign.get(1).identifier());
	}

	@Test
	void listWhenPanelIsDownIsDegradedAndKeepsListing() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"), on("oci"));
		PanelSimulator oci = this.fixtures.panel("oci");
		oci.stop();
		try {
			this.fixtures.refreshDirectory();

			JsonNode body = list(owner, "");

			assertThat(body.path("degraded").asBoolean())

				.isTrue();
			JsonNode panels = body.path("panels");
			assertThat(panel(panels, "oci").path("status").asString()).isEqualTo("unavailable");
			assertThat(panel(panels, "oci").path("lastOkAt").asString()).isNotBlank();
			assertThat(panel(panels, "main").path("status").asString()).isEqualTo("ok");
			assertThat(ids(body)).contains(owner.id(0));
		}
		finally {
			oci.restart();
			this.fixtures.refreshDirectory();
		}
		assertThat(list(owner, "").path("degraded").asBoolean()).isFalse();
	}

	@Test
	void detailsWhenOwnerAsksCombinesClientAndApplicationViews() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));
		SimulatedServer server = owner.server(0);

		ApiClient.Reply reply = this.api.get("/api/server/" + server.identifier(), owner.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode details = reply.json();
		assertThat(details.path("id").asString()).isEqualTo(server.identifier());
		assertThat(details.path("uuid").asString()).isEqualTo(server.uuid());
		assertThat(details.path("panel").asString()).isEqualTo("oci");
		assertThat(details.path("name").asString()).isEqualTo(server.name());
		assertThat(details.path("description").isString()).isTrue();
		assertThat(details.path("status").asString()).isEqualTo("installed");
		assertThat(details.path("node").asString()).isNotBlank();
		assertThat(details.at("/owner/id").asInt()).isEqualTo(server.ownerId());
		assertThat(details.at("/owner/email").asString()).isEqualTo(owner.email());
		assertThat(details.at("/owner/username").asString()).isNotBlank();
		assertThat(details.at("/limits/memory").asLong()).isEqualTo(2048);
		assertThat(details.at("/limits/disk").asLong()).isEqualTo(10240);
		assertThat(details.at("/limits/oomDisabled").isBoolean()).isTrue();
		assertThat(details.at("/featureLimits/databases").asInt()).isEqualTo(1);
		assertThat(details.at("/featureLimits/allocations").asInt()).isEqualTo(2);
		assertThat(details.path("allocations")).isNotEmpty()
			.allSatisfy((address) -> assertThat(address.asString()).matches("[0-9.]+:[0-9]+"));
		assertThat(details.path("osTemplate").isNull()).isTrue();
		assertThat(details.path("tariff").isNull()).isTrue();
		assertThat(details.path("createdAt").asString()).endsWith("Z");
	}

	@Test
	void detailsWhenServerIsSomeoneElsesAnswersNotFoundButAdminSeesIt() {
		SimulatedServer foreign = this.fixtures.foreign(on("main")).get(0);
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply forUser = this.api.get("/api/server/" + foreign.identifier(), owner.token());
		ApiClient.Reply forAdmin = this.api.get("/api/server/" + foreign.identifier(),
				this.fixtures.admin().accessToken());

		assertThat(forUser.status()).isEqualTo(404);
		assertThat(forUser.text("code")).isEqualTo("server_not_found");
		assertThat(forUser.header("Content-Type")).startsWith("application/problem+json");
		assertThat(forAdmin.status()).isEqualTo(200);
		assertThat(forAdmin.text("id")).isEqualTo(foreign.identifier());
	}

	@Test
	void detailsWhenNoPanelHasTheServerAnswersNotFoundEvenForAdmin() {
		String missing = ServerFixtures.uniqueIdentifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"));

		ApiClient.Reply bare = this.api.get("/api/server/" + missing, owner.token());
		ApiClient.Reply qualified = this.api.get("/api/server/oci:" + missing, this.fixtures.admin().accessToken());

		assertThat(bare.status()).as(bare.body()).isEqualTo(404);
		assertThat(bare.text("code")).isEqualTo("server_not_found");
		assertThat(bare.header("Content-Type")).startsWith("application/problem+json");
		assertThat(qualified.status()).as(qualified.body()).isEqualTo(404);
		assertThat(qualified.text("code")).isEqualTo("server_not_found");
		assertThat(qualified.text("error")).contains("oci:" + missing);
	}

	@Test
	void detailsWhenIdentifierIsOnBothPanelsAnswersConflictUntilQualified() {
		String identifier = ServerFixtures.uniqueIdentifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("main", (seed) -> seed.withIdentifier(identifier)),
				on("oci", (seed) -> seed.withIdentifier(identifier)));

		ApiClient.Reply bare = this.api.get("/api/server/" + identifier, owner.token());
		ApiClient.Reply onMain = this.api.get("/api/server/main:" + identifier, owner.token());
		ApiClient.Reply onOci = this.api.get("/api/server/oci:" + identifier, owner.token());

		assertThat(bare.status()).isEqualTo(409);
		assertThat(bare.text("code")).isEqualTo("ambiguous_server_id");
		assertThat(bare.json().path("candidates")).extracting(JsonNode::asString)
			.containsExactly("main:" + identifier, "oci:" + identifier);
		assertThat(bare.text("error")).contains("main:" + identifier, "oci:" + identifier);
		assertThat(onMain.status()).isEqualTo(200);
		assertThat(onMain.text("panel")).isEqualTo("main");
		assertThat(onMain.text("uuid")).isEqualTo(owner.server(0).uuid());
		assertThat(onOci.text("panel")).isEqualTo("oci");
		assertThat(onOci.text("uuid")).isEqualTo(owner.server(1).uuid());
	}

	@Test
	void detailsWhenIdIsMalformedAnswersBadRequest() {
		ApiClient.Reply reply = this.api.get("/api/server/not-an-id", this.fixtures.stranger().accessToken());

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("invalid_server_id");
	}

	private JsonNode list(ServerFixtures.Owner owner, String query) {
		ApiClient.Reply reply = this.api.get("/api/server" + query, owner.token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static List<String> ids(JsonNode body) {
		return body.path("data").valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private static JsonNode item(JsonNode body, String id) {
		return body.path("data")
			.valueStream()
			.filter((item) -> item.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode panel(JsonNode panels, String name) {
		return panels.valueStream()
			.filter((panel) -> panel.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
