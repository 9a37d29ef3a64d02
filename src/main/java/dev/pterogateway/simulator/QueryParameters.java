package dev.pterogateway.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decoded query string of a request, in order. */
final class QueryParameters {

	private final List<Map.Entry<String, String>> entries;

	private QueryParameters(List<Map.Entry<String, String>> entries) {
		this.entries = entries;
	}

	static QueryParameters parse(String rawQuery) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		if (!rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				entries.add(new SimpleEntry<>(name, value));
			}
		}
		return new QueryParameters(entries);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	Optional<String> first(String name) {
		return this.entries.stream()
			.filter((entry) -> entry.getKey().equals(name))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	List<String> all(String name) {
		return this.entries.stream().filter((entry) -> entry.getKey().equals(name)).map(Map.Entry::getValue).toList();
	}

	/**
	 * The {@code filter[<field>]} parameters, by field, last one winning like PHP.
	 */
	Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		this.entries.forEach((entry) -> {
			String key = entry.getKey();
			if (key.startsWith("filter[") && key.endsWith("]")) {
				filters.put(key.substring(7, key.length() - 1), entry.getValue());
			}
		});
		return filters;
	}

	List<Map.Entry<String, String>> entries() {
		return this.entries;
	}

}
