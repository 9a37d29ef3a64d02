package dev.pterogateway.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelEgg;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelNest;
import dev.pterogateway.panel.PanelRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills an empty catalog with a few tariffs and with OS templates for the
 * eggs the simulated panels report through their application API: one template per egg of
 * the first panel, installable on any panel with room (the simulators share egg ids), and
 * the first egg pinned to each panel.
 */
@Component
@ConditionalOnBooleanProperty("ptero.demo.active")
class DemoCatalog implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoCatalog.class);

	private final TariffRepository tariffs;

	private final OsTemplateRepository templates;

	private final PanelRegistry panels;

	private final Clock clock;

	DemoCatalog(TariffRepository tariffs, OsTemplateRepository templates, PanelRegistry panels, Clock clock) {
		this.tariffs = tariffs;
		this.templates = templates;
		this.panels = panels;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		if (this.tariffs.count() == 0) {
			this.tariffs.saveAll(List.of(tariff("Starter", 1, 1024, 5120, 0, 1, 0, "4.99", now),
					tariff("Standard", 2, 4096, 20480, 1, 3, 1, "9.99", now),
					tariff("Pro", 4, 8192, 40960, 2, 5, 2, "19.99", now)));
			logger.info("Demo mode: seeded 3 tariffs");
		}
		if (this.templates.count() == 0) {
			seedTemplates(now);
		}
	}

	private void seedTemplates(Instant now) {
		List<OsTemplateEntity> seeded = new ArrayList<>();
		try {
			boolean firstPanel = true;
			for (PanelClient panel : this.panels.all()) {
				if (!panel.supports(PanelApi.APPLICATION)) {
					continue;
				}
				List<TypedEgg> eggs = eggsOf(panel);
				if (firstPanel) {
					eggs.forEach((egg) -> seeded.add(template(egg.egg().name(), egg.type(), null, egg.egg(), now)));
					firstPanel = false;
				}
				if (!eggs.isEmpty()) {
					TypedEgg pinned = eggs.get(0);
					seeded.add(template(pinned.egg().name() + " on " + panel.name(), pinned.type(), panel.name(),
							pinned.egg(), now));
				}
			}
		}
		catch (PanelException ex) {
			logger.warn("Demo mode: could not read the eggs of panel {}, so no OS templates are seeded ({})",
					ex.panel(), ex.detail());
			return;
		}
		this.templates.saveAll(seeded);
		logger.info("Demo mode: seeded {} OS templates", seeded.size());
	}

	private static List<TypedEgg> eggsOf(PanelClient panel) {
		List<TypedEgg> eggs = new ArrayList<>();
		for (PanelNest nest : panel.application().nests()) {
			String type = nest.name().toLowerCase(Locale.ROOT);
			panel.application().eggs(nest.id()).forEach((egg) -> eggs.add(new TypedEgg(type, egg)));
		}
		return eggs;
	}

	private static OsTemplateEntity template(String name, String type, @Nullable String panel, PanelEgg egg,
			Instant now) {
		return new OsTemplateEntity(
				new OsTemplateRequest(name, type, panel, egg.nest(), egg.id(), null, null, Map.of()), now);
	}

	private static TariffEntity tariff(String name, int cores, long memoryMb, long diskMb, int databases, int backups,
			int allocations, String price, Instant now) {
		return new TariffEntity(new TariffRequest(name, cores, memoryMb, diskMb, databases, backups, allocations,
				new BigDecimal(price), "EUR"), now);
	}

	/** An egg with its nest's name as the template type. */
	private record TypedEgg(String type, PanelEgg egg) {

	}

}
