package dev.pterogateway.server;

import java.time.Instant;

import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ClientServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerDetailsTests {

	@Test
	void fromWhenEveryViewIsKnownCombinesThem() {
		ClientServer server = RecordedPanel.clientServer((json) -> json);
		ApplicationServer application = RecordedPanel.applicationServer();
		ServerOrigin origin = new ServerOrigin(new ServerOrigin.CatalogItem(3, "Paper 1.21"),
				new ServerOrigin.CatalogItem(2, "Medium"));

		ServerDetails details = ServerDetails.from(DirectoryEntry.from("oci", application), server, application,
				ServerDetails.ServerOwner.from(RecordedPanel.user()), origin);

		assertThat(details.id()).isEqualTo("1a7ce997");
		assertThat(details.panel()).isEqualTo("oci");
		assertThat(details.name()).isEqualTo("Survival");
		assertThat(details.description()).isEqualTo("Main SMP");
		assertThat(details.status()).isEqualTo("installed");
		assertThat(details.node()).isEqualTo("Node 1");
		assertThat(details.owner()).isEqualTo(new ServerDetails.ServerOwner(7, "alice@example.com", "alice"));
		assertThat(details.limits()).isEqualTo(new ServerResourceLimits(4096, 0, 20480, 500, 200, null, true));
		assertThat(details.featureLimits()).isEqualTo(new ServerFeatureLimits(2, 3, 5));
		assertThat(details.allocations()).containsExactly("203.0.113.10:25565");
		assertThat(details.osTemplate()).isEqualTo(new ServerOrigin.CatalogItem(3, "Paper 1.21"));
		assertThat(details.tariff()).isEqualTo(new ServerOrigin.CatalogItem(2, "Medium"));
		assertThat(details.createdAt()).isEqualTo(Instant.parse("2024-09-01T10:00:00Z"));
	}

	@Test
	void fromWhenOnlyTheClientViewIsKnownLeavesTheRestEmpty() {
		ClientServer server = RecordedPanel.clientServer((json) -> json.replace("\"Main SMP\"", "null")
			.replace("\"is_suspended\": false", "\"is_suspended\": true"));

		ServerDetails details = ServerDetails.from(DirectoryEntry.from("main", server), server, null, null, null);

		assertThat(details.description()).isEmpty();
		assertThat(details.status()).isEqualTo("suspended");
		assertThat(details.owner()).isNull();
		assertThat(details.osTemplate()).isNull();
		assertThat(details.tariff()).isNull();
		assertThat(details.createdAt()).isNull();
	}

}
