package dev.pterogateway.panel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The panel's envelope of a collection: {@code {"object": "list", "data": [item…],
 * "meta": {"pagination": {…}}}}. Also reads a {@code null_resource} in place of a list
 * (an include the panel hides) as an empty list.
 *
 * @param <T> the items' attribute type
 * @param object {@code list}, or {@code null_resource} for a hidden include
 * @param data the items; empty for a {@code null_resource}
 * @param meta the pagination, present only on paginated lists
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPage<T>(@JsonProperty("object") String object, @JsonProperty("data") List<Item<T>> data,
		@JsonProperty("meta") @Nullable Meta meta) {

	public ListPage {
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/**
	 * The items' attributes in the panel's order, without {@code null_resource} entries.
	 * @return the items
	 */
	public List<T> items() {
		return this.data.stream().map(Item::attributes).filter(Objects::nonNull).toList();
	}

	/**
	 * The pagination, if this list is paginated.
	 * @return the pagination
	 */
	public Optional<Pagination> pagination() {
		return Optional.ofNullable(this.meta).map(Meta::pagination);
	}

	/**
	 * Whether a later page exists.
	 * @return {@code true} if {@code current_page < total_pages}
	 */
	public boolean hasNextPage() {
		return pagination().map((pagination) -> pagination.currentPage() < pagination.totalPages()).orElse(false);
	}

	/**
	 * The {@code meta} of a list; only what we read.
	 *
	 * @param pagination the pagination, present on paginated lists
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Meta(@JsonProperty("pagination") @Nullable Pagination pagination) {

	}

	/**
	 * One page of a paginated list. All numbers are integers; pages are 1-based.
	 *
	 * @param total items on all pages
	 * @param count items on this page
	 * @param perPage page size
	 * @param currentPage this page's number (1-based)
	 * @param totalPages number of pages (at least 1)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Pagination(@JsonProperty("total") int total, @JsonProperty("count") int count,
			@JsonProperty("per_page") int perPage, @JsonProperty("current_page") int currentPage,
			@JsonProperty("total_pages") int totalPages) {

	}

}
