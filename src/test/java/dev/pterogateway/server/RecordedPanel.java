package dev.pterogateway.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import dev.pterogateway.panel.ApplicationServer;
import dev.pterogateway.panel.ClientServer;
import dev.pterogateway.panel.Item;
import dev.pterogateway.panel.PanelUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Panel records read from the JSON recorded from a real panel (under
 * {@code src/test/resources/panel}), optionally edited first.
 */
final class RecordedPanel {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RecordedPanel() {
	}

	static ClientServer clientServer(UnaryOperator<String> edit) {
		return read("client-server.json", edit, new TypeReference<Item<ClientServer>>() {
		});
	}

	static ApplicationServer applicationServer() {
		return read("application-server.json", UnaryOperator.identity(), new TypeReference<Item<ApplicationServer>>() {
		});
	}

	static PanelUser user() {
		return read("application-user.json", UnaryOperator.identity(), new TypeReference<Item<PanelUser>>() {
		});
	}

	private static <T> T read(String name, UnaryOperator<String> edit, TypeReference<Item<T>> type) {
		try (InputStream input = RecordedPanel.class.getResourceAsStream("/panel/" + name)) {
			if (input == null) {
				throw new IllegalStateException("No recording " + name);
			}
			String text = edit.apply(new String(input.readAllBytes(), StandardCharsets.UTF_8));
			return json.readValue(text, type).require();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
