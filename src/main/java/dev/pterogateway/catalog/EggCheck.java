package dev.pterogateway.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.pterogateway.panel.PanelApi;
import dev.pterogateway.panel.PanelClient;
import dev.pterogateway.panel.PanelException;
import dev.pterogateway.panel.PanelNotFoundException;
import dev.pterogateway.panel.PanelRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks that an OS template can be installed: its panel is configured and has its egg. A
 * panel without an application key cannot be asked, so its eggs are taken on the
 * administrator's word. A template without a panel needs its egg on at least one panel
 * that answers.
 */
@Component
class EggCheck {

	private final PanelRegistry panels;

	EggCheck(PanelRegistry panels) {
		this.panels = panels;
	}

	/**
	 * Checks a template.
	 * @param request the template
	 * @throws InvalidOsTemplateException if the panel is unknown or no asked panel has
	 * the egg
	 * @throws PanelException if the template's panel (or every panel) cannot be asked now
	 */
	void check(OsTemplateRequest request) {
		int nest = request.nestId();
		int egg = request.eggId();
		String panel = request.panel();
		if (panel != null) {
			PanelClient client = this.panels.find(panel)
				.orElseThrow(() -> InvalidOsTemplateException.unknownPanel(panel, this.panels.names()));
			if (client.supports(PanelApi.APPLICATION) && !hasEgg(client, nest, egg)) {
				throw InvalidOsTemplateException.unknownEgg(List.of(panel), nest, egg);
			}
			return;
		}
		checkAnyPanel(nest, egg);
	}

	private void checkAnyPanel(int nest, int egg) {
		List<String> answered = new ArrayList<>();
		@Nullable PanelException failure = null;
		for (PanelClient client : this.panels.all()) {
			if (!client.supports(PanelApi.APPLICATION)) {
				return;
			}
			try {
				if (hasEgg(client, nest, egg)) {
					return;
				}
				answered.add(client.name());
			}
			catch (PanelException ex) {
				failure = ex;
			}
		}
		if (answered.isEmpty() && failure != null) {
			throw failure;
		}
		throw InvalidOsTemplateException.unknownEgg(answered, nest, egg);
	}

	private static boolean hasEgg(PanelClient client, int nest, int egg) {
		try {
			client.application().egg(nest, egg);
			return true;
		}
		catch (PanelNotFoundException ex) {
			return false;
		}
	}

}
