package dev.pterogateway.server;

import java.util.Map;

import dev.pterogateway.AlternateGatewayIntegrationTest;
import dev.pterogateway.auth.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.pterogateway.server.ServerFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What owners may do in the context where {@code ptero.servers.owner-can-delete} and
 * {@code owner-can-resize-without-tariff} are on, over real HTTP: the owner's own server
 * goes, someone else's stays unseen; a server without a tariff is resized by its owner.
 */
@AlternateGatewayIntegrationTest
class OwnerPermissionsIntegrationTests {

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
	void deleteWhenOwnerMayDeleteRemovesTheirServerAndAuditsIt() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("main"), on("main"));
		String id = owner.id(0);

		ApiClient.Reply reply = this.api.delete("/api/server/" + id, owner.token());

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("deleted");
		assertThat(reply.text("id")).isEqualTo(id);
		assertThat(reply.text("panel")).isEqualTo("main");
		assertThat(this.fixtures.panel("main").state().servers()).noneMatch((server) -> server.identifier().equals(id));
		assertThat(this.api.get("/api/server/" + id, owner.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/server", owner.token()).json().path("data"))
			.extracting((server) -> server.path("id").asString())
			.containsExactly(owner.id(1));
		JsonNode event = this.fixtures.auditOf(this.fixtures.admin(), owner.email(), "server.delete", 1).get(0);
		assertThat(event.path("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(event.path("panel").asString()).isEqualTo("main");
		assertThat(event.path("identifier").asString()).isEqualTo(id);
	}

	@Test
	void resizeWhenOwnersMayResizeServersWithoutTariffChangesTheBuild() {
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		ApiClient.Reply reply = this.api.send("PUT", "/api/server/" + owner.id(0) + "/resize", owner.token(),
				Map.of("memory", 16384));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(this.fixtures.panel("oci").state().builds(owner.id(0))).singleElement()
			.satisfies((build) -> assertThat(build.limits().memory()).isEqualTo(16384));
	}

	@Test
	void deleteWhenOwnerMayDeleteButServerIsSomeoneElsesAnswersNotFoundAndKeepsIt() {
		String foreign = this.fixtures.foreign(on("oci")).get(0).identifier();
		ServerFixtures.Owner owner = this.fixtures.owner(on("oci"));

		ApiClient.Reply reply = this.api.delete("/api/server/" + foreign, owner.token());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("server_not_found");
		assertThat(this.fixtures.panel("oci").state().server(foreign)).isNotNull();
	}

}
