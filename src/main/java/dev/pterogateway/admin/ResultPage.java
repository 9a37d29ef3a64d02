package dev.pterogateway.admin;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a longer list.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param page the page index, from 0
 * @param size the page size asked for
 * @param totalItems how many items there are in all
 * @param totalPages how many pages there are in all
 */
record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> ResultPage<T> of(Page<T> page) {
		return new ResultPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
