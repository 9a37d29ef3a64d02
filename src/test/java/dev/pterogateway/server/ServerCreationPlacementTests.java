package dev.pterogateway.server;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pterogateway.auth.AuthMethod;
import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.Role;
import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.PanelApiNotConfiguredException;
import dev.pterogateway.panel.PanelProperties;
import dev.pterogateway.panel.PanelRegistry;
import org.jspecify.annotations.Nullable;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which panel a server goes to when the panels cannot take it, without any panel
 * answering: no application key (501), and a panel that refuses connections. The paths
 * that reach a panel are covered against the simulators in
 * {@link ServerCreationIntegrationTests}.
 */
class ServerCreationPlacementTests {

	private static final Tariff TARIFF = new Tariff(1, "Small", 1, 1024, 5120, 0, 1, 0, BigDecimal.ONE, "EUR");

	private static final Caller CALLER = new Caller(1, "someone@example.test", Role.USER, List.of(), AuthMethod.JWT);

	/** Nothing listens on the discard port of loopback, so connections are refused. */
	private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

	private @Nullable PanelRegistry registry;

	@AfterEach
	void close() {
		if (this.registry != null) {
			this.registry.close();
		}
	}

	@Test
	void createWhenPinnedPanelHasNoApplicationKeyThrowsNotConfigured() {
		ServerCreationPlacement placement = placement(panel("a", null), panel("b", null));

		assertThatExceptionOfType(PanelApiNotConfiguredException.class)
			.isThrownBy(() -> placement.create(TARIFF, template("b"), "Box", CALLER))
			.satisfies((ex) -> assertThat(ex.panel()).isEqualTo("b"));
	}

	@Test
	void createWhenNoPanelHasApplicationKeyThrowsNotConfiguredForTheFirst() {
		ServerCreationPlacement placement = placement(panel("a", null), panel("b", null));

		assertThatExceptionOfType(PanelApiNotConfiguredException.class)
			.isThrownBy(() -> placement.create(TARIFF, template(null), "Box", CALLER))
			.satisfies((ex) -> assertThat(ex.panel()).isEqualTo("a"));
	}

	@Test
	void createWhenEveryPanelFailsDifferentlyNamesEachReason() {
		ServerCreationPlacement placement = placement(panel("a", "ptla_key"), panel("b", null));

		assertThatExceptionOfType(ServerCreationNoRoomException.class)
			.isThrownBy(() -> placement.create(TARIFF, template(null), "Box", CALLER))
			.satisfies((ex) -> {
				assertThat(ex.getBody().getProperties()).containsEntry("code", "no_panel_with_room");
				assertThat(ex.getBody().getProperties().get("panels")).asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsOnlyKeys("a", "b");
			});
	}

	private ServerCreationPlacement placement(Map.Entry<String, PanelProperties.Panel> first,
			Map.Entry<String, PanelProperties.Panel> second) {
		Map<String, PanelProperties.Panel> settings = new LinkedHashMap<>();
		settings.put(first.getKey(), first.getValue());
		settings.put(second.getKey(), second.getValue());
		this.registry = PanelRegistry.create(new PanelProperties(settings));
		ServerDirectory directory = new ServerDirectory(this.registry,
				new DirectoryProperties(Duration.ofMinutes(1), Duration.ofSeconds(5)), Clock.systemUTC(),
				Runnable::run);
		// The accounts are never reached: every panel fails before the owner is looked
		// up.
		return new ServerCreationPlacement(this.registry, new ServerCreationAccounts(null), directory);
	}

	private static Map.Entry<String, PanelProperties.Panel> panel(String name, @Nullable String applicationKey) {
		return Map.entry(name, new PanelProperties.Panel(NOWHERE, "ptlc_key", applicationKey, Duration.ofSeconds(2),
				Duration.ofSeconds(1), 4));
	}

	private static OsTemplate template(@Nullable String panel) {
		return new OsTemplate(1, "Paper", "minecraft", panel, 1, 1, null, null, Map.of());
	}

}
