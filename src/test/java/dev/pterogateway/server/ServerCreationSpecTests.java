package dev.pterogateway.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.CreateServerRequest;
import dev.pterogateway.panel.EggVariable;
import dev.pterogateway.panel.FeatureLimits;
import dev.pterogateway.panel.ListPage;
import dev.pterogateway.panel.Item;
import dev.pterogateway.panel.Limits;
import dev.pterogateway.panel.PanelEgg;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCreationSpecTests {

	private static final Tariff TARIFF = new Tariff(7, "Pro", 3, 6144, 40960, 2, 5, 1, new BigDecimal("19.99"), "EUR");

	@Test
	void toRequestWhenBuiltUsesTariffLimitsAndDeploysInEveryLocation() {
		ServerCreationSpec spec = new ServerCreationSpec(TARIFF, template(null, null, Map.of()), egg(), List.of(1, 2));

		CreateServerRequest request = spec.toRequest("Box", 42);

		assertThat(request.name()).isEqualTo("Box");
		assertThat(request.user()).isEqualTo(42);
		assertThat(request.egg()).isEqualTo(5);
		assertThat(request.limits()).isEqualTo(new Limits(6144, 0, 40960, 500, 300, null, false));
		assertThat(request.featureLimits()).isEqualTo(new FeatureLimits(2, 1, 5));
		assertThat(request.allocation()).isNull();
		assertThat(request.deploy()).isEqualTo(new CreateServerRequest.Deploy(List.of(1, 2), false, List.of()));
		assertThat(request.startOnCompletion()).isFalse();
	}

	@Test
	void toRequestWhenTemplateHasNoImageOrStartupTakesTheEggs() {
		CreateServerRequest request = new ServerCreationSpec(TARIFF, template(null, null, Map.of()), egg(), List.of())
			.toRequest("Box", 1);

		assertThat(request.dockerImage()).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
		assertThat(request.startup()).isEqualTo("java -jar {{SERVER_JARFILE}}");
	}

	@Test
	void toRequestWhenTemplateHasImageAndStartupTakesThem() {
		CreateServerRequest request = new ServerCreationSpec(TARIFF,
				template("ghcr.io/pterodactyl/yolks:java_17", "java -Xmx1G -jar {{SERVER_JARFILE}}", Map.of()), egg(),
				List.of())
			.toRequest("Box", 1);

		assertThat(request.dockerImage()).isEqualTo("ghcr.io/pterodactyl/yolks:java_17");
		assertThat(request.startup()).isEqualTo("java -Xmx1G -jar {{SERVER_JARFILE}}");
	}

	@Test
	void environmentWhenTemplateOverridesSendsEveryEggVariable() {
		ServerCreationSpec spec = new ServerCreationSpec(TARIFF,
				template(null, null, Map.of("BUILD_NUMBER", "512", "EXTRA", "x")), egg(), List.of());

		assertThat(spec.environment()).containsExactlyInAnyOrderEntriesOf(
				Map.of("SERVER_JARFILE", "server.jar", "BUILD_NUMBER", "512", "DL_PATH", "", "EXTRA", "x"));
	}

	private static OsTemplate template(@Nullable String image, @Nullable String startup,
			Map<String, String> environment) {
		return new OsTemplate(3, "Paper", "minecraft", "oci", 1, 5, image, startup, environment);
	}

	private static PanelEgg egg() {
		List<Item<EggVariable>> variables = List.of(variable(1, "SERVER_JARFILE", "server.jar"),
				variable(2, "BUILD_NUMBER", "latest"), variable(3, "DL_PATH", null));
		return new PanelEgg(5, "uuid", "Paper", 1, "support@pterodactyl.io", null, "ghcr.io/pterodactyl/yolks:java_8",
				Map.of("Java 21", "ghcr.io/pterodactyl/yolks:java_21"), "java -jar {{SERVER_JARFILE}}",
				new PanelEgg.Relationships(new ListPage<>("list", variables, null)));
	}

	private static Item<EggVariable> variable(int id, String name, @Nullable String defaultValue) {
		return new Item<>("egg_variable",
				new EggVariable(id, 5, name, null, name, defaultValue, true, true, "nullable|string"));
	}

}
