package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

/**
 * The catalog entries a server was created from.
 *
 * @param osTemplate the OS template, or {@code null} if it is unknown or deleted since
 * @param tariff the tariff, or {@code null} if it is unknown or deleted since
 */
public record ServerOrigin(@Nullable CatalogItem osTemplate, @Nullable CatalogItem tariff) {

	/**
	 * A catalog entry as server details name it.
	 *
	 * @param id the entry's id in the catalog
	 * @param name the entry's name
	 */
	public record CatalogItem(long id, String name) {

	}

}
