package dev.pterogateway.panel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the wire records from JSON shaped exactly as the panel sends it (copied from the
 * examples of reference/pterodactyl-api.md, taken from the panel's transformers).
 */
class PanelJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readClientServerWhenAllRelationsArePresentReadsEverything() throws IOException {
		ClientServer server = read("client-server.json", new TypeReference<Item<ClientServer>>() {
		}).require();
		assertThat(server.identifier()).isEqualTo("1a7ce997");
		assertThat(server.internalId()).isEqualTo(12);
		assertThat(server.limits()).isEqualTo(new Limits(4096, 0, 20480, 500, 200, null, true));
		assertThat(server.featureLimits()).isEqualTo(new FeatureLimits(2, 3, 5));
		assertThat(server.status()).isNull();
		assertThat(server.sftpDetails()).isEqualTo(new ClientServer.SftpDetails("node1.example.com", 2022));
		assertThat(server.allocations())
			.containsExactly(new ClientAllocation(31, "203.0.113.10", null, 25565, null, true));
		assertThat(server.primaryAllocation()).get()
			.extracting(ClientAllocation::address)
			.isEqualTo("203.0.113.10:25565");
		assertThat(server.variables()).singleElement()
			.satisfies((variable) -> assertThat(variable.envVariable()).isEqualTo("SERVER_JARFILE"))
			.satisfies(
					(variable) -> assertThat(variable.rules()).isEqualTo("required|regex:/^([\\w\\d._-]+)(\\.jar)$/"));
		assertThat(server.egg()).get().extracting(ClientServer.EggSummary::name).isEqualTo("Paper");
	}

	@Test
	void readClientServerListWhenVariablesAreHiddenReadsEmptyListAndPagination() throws IOException {
		ListPage<ClientServer> page = read("client-server-list.json", new TypeReference<ListPage<ClientServer>>() {
		});
		assertThat(page.items()).singleElement().satisfies((server) -> {
			assertThat(server.serverOwner()).isFalse();
			assertThat(server.status()).isEqualTo("installing");
			assertThat(server.featureLimits()).isEqualTo(new FeatureLimits(null, null, 0));
			assertThat(server.variables()).isEmpty();
			assertThat(server.allocations()).isEmpty();
			assertThat(server.egg()).isEmpty();
		});
		assertThat(page.pagination()).contains(new ListPage.Pagination(57, 50, 50, 1, 2));
		assertThat(page.hasNextPage()).isTrue();
	}

	@Test
	void readAccountReadsAllFields() throws IOException {
		assertThat(read("client-account.json", new TypeReference<Item<ClientAccount>>() {
		}).require()).isEqualTo(new ClientAccount(7, false, "alice", "alice@example.com", "Alice", "Smith", "en"));
	}

	@Test
	void readResourcesKeepsBytesAndMilliseconds() throws IOException {
		ServerResources resources = read("resources.json", new TypeReference<Item<ServerResources>>() {
		}).require();
		assertThat(resources).isEqualTo(new ServerResources("running", false,
				new ServerResources.Usage(1610612736L, 37.482, 734003200L, 48213504L, 9961472L, 5423000L)));
	}

	@Test
	void readWebsocketCredentialsWhenPrintedHidesToken() throws IOException {
		WebsocketCredentials credentials = read("websocket.json", new TypeReference<ClientApi.WebsocketAnswer>() {
		}).data();
		assertThat(credentials.socket())
			.isEqualTo(URI.create("wss://node1.example.com:8080/api/servers/1a7ce997-259b-452e-8b4e-cecc464142ca/ws"));
		assertThat(credentials.token()).startsWith("eyJ0eXAi");
		assertThat(credentials.toString()).doesNotContain("eyJ0eXAi");
	}

	@Test
	void readBackupReadsTimestampsWithOffset() throws IOException {
		Backup backup = read("backup.json", new TypeReference<Item<Backup>>() {
		}).require();
		assertThat(backup).isEqualTo(new Backup("904df120-a66f-4f13-9ec2-2b4b4ad5a3a0", true, false, "Nightly",
				List.of("logs/*", "*.tmp"), "sha1:7c8e1a5f0d3b2a4c6e9f8b7a6d5c4b3a2f1e0d9c", 104857600L,
				Instant.parse("2024-10-24T02:00:00Z"), Instant.parse("2024-10-24T02:03:12Z")));
		assertThat(backup.inProgress()).isFalse();
		assertThat(backup.failed()).isFalse();
	}

	@Test
	void readStartupReadsVariablesAndMeta() throws IOException {
		ServerStartup startup = read("startup.json", new TypeReference<StartupListing>() {
		}).toStartup();
		assertThat(startup.variables()).singleElement().satisfies((variable) -> {
			assertThat(variable.envVariable()).isEqualTo("SERVER_JARFILE");
			assertThat(variable.serverValue()).isNull();
		});
		assertThat(startup.rawStartupCommand())
			.isEqualTo("java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}");
		assertThat(startup.dockerImages()).containsEntry("Java 17", "ghcr.io/pterodactyl/yolks:java_17");
	}

	@Test
	void readApplicationUserReadsTwoFactorAndTimestamps() throws IOException {
		PanelUser user = read("application-user.json", new TypeReference<Item<PanelUser>>() {
		}).require();
		assertThat(user.id()).isEqualTo(7);
		assertThat(user.externalId()).isEqualTo("billing-1007");
		assertThat(user.twoFactor()).isFalse();
		assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-09-01T10:00:00Z"));
	}

	@Test
	void readApplicationServerReadsNumericEnvironmentAsText() throws IOException {
		ApplicationServer server = read("application-server.json", new TypeReference<Item<ApplicationServer>>() {
		}).require();
		assertThat(server.id()).isEqualTo(12);
		assertThat(server.user()).isEqualTo(7);
		assertThat(server.allocation()).isEqualTo(31);
		assertThat(server.container().environment()).containsEntry("P_SERVER_ALLOCATION_LIMIT", "3")
			.containsEntry("SERVER_JARFILE", "server.jar");
	}

	@Test
	void readEggReadsVariablesAndDefaultEnvironment() throws IOException {
		PanelEgg egg = read("egg.json", new TypeReference<Item<PanelEgg>>() {
		}).require();
		assertThat(egg.variables()).extracting(EggVariable::envVariable)
			.containsExactly("SERVER_JARFILE", "BUILD_NUMBER");
		assertThat(egg.defaultEnvironment()).containsExactly(Map.entry("SERVER_JARFILE", "server.jar"),
				Map.entry("BUILD_NUMBER", "latest"));
		assertThat(egg.dockerImages()).hasSize(2);
	}

	@Test
	void writeCreateServerRequestUsesPanelNamesAndOmitsNulls() throws IOException {
		CreateServerRequest request = new CreateServerRequest("Survival", 7, 3, "ghcr.io/pterodactyl/yolks:java_17",
				"java -jar {{SERVER_JARFILE}}", Map.of("SERVER_JARFILE", "server.jar"),
				new Limits(4096, 0, 20480, 500, 200, null, true), new FeatureLimits(null, 3, 5),
				new CreateServerRequest.Allocation(31, List.of(32)), null, null, null, true, false, true);
		Map<String, Object> written = this.json.readValue(this.json.writeValueAsString(request),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(written).containsEntry("docker_image", "ghcr.io/pterodactyl/yolks:java_17")
			.containsEntry("allocation", Map.of("default", 31, "additional", List.of(32)))
			.containsEntry("oom_disabled", true)
			.containsEntry("start_on_completion", true)
			.doesNotContainKeys("deploy", "description", "external_id");
		assertThat(written.get("feature_limits")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("databases", null)
			.containsEntry("backups", 5);
	}

	@Test
	void writeServerDetailsRequestSendsNullsSoNothingIsClearedByOmission() throws IOException {
		Map<String, Object> written = this.json.readValue(
				this.json.writeValueAsString(new ServerDetailsRequest("Survival", 7, null, null)),
				new TypeReference<Map<String, Object>>() {
				});
		assertThat(written).containsOnlyKeys("name", "user", "external_id", "description");
	}

	@Test
	void writeUserRequestWhenPrintedHidesPassword() {
		PanelUserRequest request = PanelUserRequest.of("a@example.com", "alice", "Alice", "Smith")
			.withPassword("hunter2-secret");
		assertThat(request.toString()).doesNotContain("hunter2-secret");
	}

	private <T> T read(String name, TypeReference<T> type) throws IOException {
		try (InputStream input = getClass().getResourceAsStream("/panel/" + name)) {
			assertThat(input).as(name).isNotNull();
			return this.json.readValue(input, type);
		}
	}

}
