package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * spatie/laravel-query-builder sorting: {@code ?sort=id,-uuid}; a sort that is not
 * allowed is a 400 {@code InvalidSortQuery}.
 *
 * @param <T> the sorted model
 */
final class Sorting<T> {

	private final Map<String, Comparator<T>> allowed = new LinkedHashMap<>();

	Sorting<T> allow(String name, Comparator<T> comparator) {
		this.allowed.put(name, comparator);
		return this;
	}

	/**
	 * Sorts the items as the request asks, or keeps their order without {@code sort}.
	 * @throws PanelApiException 400 {@code InvalidSortQuery}
	 */
	List<T> apply(ApiRequest request, List<T> items) {
		String sort = request.query().first("sort").orElse("");
		List<String> fields = Arrays.stream(sort.split(",")).map(String::trim).filter((f) -> !f.isEmpty()).toList();
		List<String> unknown = fields.stream()
			.map((field) -> field.startsWith("-") ? field.substring(1) : field)
			.filter((name) -> !this.allowed.containsKey(name))
			.toList();
		if (!unknown.isEmpty()) {
			throw new PanelApiException(400, "InvalidSortQuery", "Requested sort(s) `" + String.join(", ", unknown)
					+ "` is not allowed. Allowed sort(s) are `" + String.join(", ", this.allowed.keySet()) + "`.");
		}
		Comparator<T> order = null;
		for (String field : fields) {
			boolean descending = field.startsWith("-");
			Comparator<T> next = this.allowed.get(descending ? field.substring(1) : field);
			next = descending ? next.reversed() : next;
			order = (order == null) ? next : order.thenComparing(next);
		}
		List<T> sorted = new ArrayList<>(items);
		if (order != null) {
			sorted.sort(order);
		}
		return sorted;
	}

}
