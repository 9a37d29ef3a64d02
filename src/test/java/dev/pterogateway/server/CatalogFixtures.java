package dev.pterogateway.server;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates tariffs and OS templates over HTTP as an administrator, for the tests of server
 * creation and resize.
 */
final class CatalogFixtures {

	private final ApiClient api;

	private final TestAccounts.TestUser admin;

	CatalogFixtures(ApiClient api, TestAccounts.TestUser admin) {
		this.api = api;
		this.admin = admin;
	}

	long tariff(int cores, long memoryMb, long diskMb) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Tariff " + cores + "c/" + memoryMb);
		body.put("cores", cores);
		body.put("memoryMb", memoryMb);
		body.put("diskMb", diskMb);
		body.put("databases", 1);
		body.put("backups", 2);
		body.put("allocations", 3);
		body.put("price", "5.00");
		body.put("currency", "EUR");
		return create("/api/catalog/tariffs", body);
	}

	/** A Paper template (nest 1, egg 1 on the simulators). */
	long paper(@Nullable String panel, Map<String, String> environment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Paper " + ((panel != null) ? panel : "anywhere"));
		body.put("type", "minecraft");
		body.put("panel", panel);
		body.put("nestId", 1);
		body.put("eggId", 1);
		body.put("environment", environment);
		return create("/api/catalog/os-templates", body);
	}

	private long create(String path, Map<String, Object> body) {
		ApiClient.Reply reply = this.api.post(path, this.admin.accessToken(), body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().path("id").asLong();
	}

}
