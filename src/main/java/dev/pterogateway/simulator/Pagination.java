package dev.pterogateway.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Laravel pagination as the panel serializes it: {@code meta.pagination} with integer
 * counts and {@code links} that keep the query string ({@code {}} on a single page).
 */
final class Pagination {

	private final int perPage;

	private final int currentPage;

	private Pagination(int perPage, int currentPage) {
		this.perPage = perPage;
		this.currentPage = currentPage;
	}

	/**
	 * Reads {@code page} and {@code per_page} of a request.
	 * @param request the request
	 * @param defaultPerPage the endpoint's default page size
	 * @param maxPerPage the endpoint's cap, or 0 for none
	 */
	static Pagination of(ApiRequest request, int defaultPerPage, int maxPerPage) {
		int perPage = positive(request.query().first("per_page").orElse(""), defaultPerPage);
		if (maxPerPage > 0) {
			perPage = Math.min(perPage, maxPerPage);
		}
		int page = positive(request.query().first("page").orElse(""), 1);
		return new Pagination(perPage, page);
	}

	private static int positive(String text, int fallback) {
		try {
			int value = Integer.parseInt(text.trim());
			return (value > 0) ? value : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/**
	 * A paginated list of the given items.
	 */
	<T> ObjectNode list(List<T> all, Function<T, ? extends JsonNode> transformer, ApiRequest request, String baseUrl) {
		int total = all.size();
		int from = Math.min(total, (this.currentPage - 1) * this.perPage);
		int to = Math.min(total, from + this.perPage);
		List<JsonNode> items = new ArrayList<>();
		all.subList(from, to).forEach((item) -> items.add(transformer.apply(item)));
		ObjectNode list = Envelope.list(items);
		ObjectNode pagination = list.putObject("meta").putObject("pagination");
		int totalPages = Math.max(1, (int) Math.ceil(total / (double) this.perPage));
		pagination.put("total", total);
		pagination.put("count", items.size());
		pagination.put("per_page", this.perPage);
		pagination.put("current_page", this.currentPage);
		pagination.put("total_pages", totalPages);
		ObjectNode links = pagination.putObject("links");
		if (this.currentPage > 1) {
			links.put("previous", pageUrl(request, baseUrl, this.currentPage - 1));
		}
		if (this.currentPage < totalPages) {
			links.put("next", pageUrl(request, baseUrl, this.currentPage + 1));
		}
		return list;
	}

	/**
	 * Laravel's {@code url($page)}: the query kept in order, {@code page} replaced or
	 * appended.
	 */
	private static String pageUrl(ApiRequest request, String baseUrl, int page) {
		StringBuilder url = new StringBuilder(baseUrl).append(request.path()).append('?');
		boolean pageWritten = false;
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, String> entry : request.query().entries()) {
			if (entry.getKey().equals("page")) {
				if (!pageWritten) {
					pairs.add("page=" + page);
					pageWritten = true;
				}
				continue;
			}
			pairs.add(encode(entry.getKey()) + "=" + encode(entry.getValue()));
		}
		if (!pageWritten) {
			pairs.add("page=" + page);
		}
		return url.append(String.join("&", pairs)).toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
