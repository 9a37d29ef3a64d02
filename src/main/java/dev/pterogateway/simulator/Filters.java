package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * spatie/laravel-query-builder filters: {@code filter[field]=value} is a partial,
 * case-insensitive match, a comma means OR, and an unknown filter is a 400.
 */
final class Filters {

	private Filters() {
	}

	/**
	 * Rejects filters not in the allowed list.
	 * @throws PanelApiException 400 {@code InvalidFilterQuery}
	 */
	static Map<String, String> allowed(ApiRequest request, List<String> allowed) {
		Map<String, String> filters = request.query().filters();
		List<String> unknown = new ArrayList<>(filters.keySet());
		unknown.removeAll(allowed);
		if (!unknown.isEmpty()) {
			throw new PanelApiException(400, "InvalidFilterQuery", "Requested filter(s) `" + String.join(", ", unknown)
					+ "` are not allowed. Allowed filter(s) are `" + String.join(", ", allowed) + "`.");
		}
		return filters;
	}

	/**
	 * A partial filter on one field: keeps the items whose field contains any of the
	 * values.
	 */
	static <T> List<T> partial(List<T> items, @Nullable String value, Function<T, @Nullable String> field) {
		if (value == null || value.isEmpty()) {
			return items;
		}
		List<String> needles = values(value);
		return items.stream().filter((item) -> {
			String text = field.apply(item);
			return text != null && needles.stream().anyMatch((needle) -> lower(text).contains(needle));
		}).toList();
	}

	/** An exact filter on one field (any of the comma-separated values). */
	static <T> List<T> exact(List<T> items, @Nullable String value, Function<T, @Nullable String> field) {
		if (value == null || value.isEmpty()) {
			return items;
		}
		List<String> needles = values(value);
		return items.stream().filter((item) -> {
			String text = field.apply(item);
			return text != null && needles.contains(lower(text));
		}).toList();
	}

	private static List<String> values(String value) {
		return Arrays.stream(value.split(",")).map(Filters::lower).filter((text) -> !text.isEmpty()).toList();
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
