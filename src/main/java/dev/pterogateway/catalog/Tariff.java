package dev.pterogateway.catalog;

import java.math.BigDecimal;

/**
 * A tariff: the size of a server created with it and its price.
 *
 * @param id the tariff's id
 * @param name the name shown to customers
 * @param cores CPU cores (the panel's cpu limit is {@code cores × 100} %)
 * @param memoryMb memory in MiB
 * @param diskMb disk in MiB
 * @param databases most databases
 * @param backups most backups
 * @param allocations most additional allocations (ports)
 * @param price the price per billing period
 * @param currency the ISO 4217 currency code, such as {@code EUR}
 */
public record Tariff(long id, String name, int cores, long memoryMb, long diskMb, int databases, int backups,
		int allocations, BigDecimal price, String currency) {

	/**
	 * The panel's CPU limit for this tariff.
	 * @return percent of one core ({@code cores × 100})
	 */
	public int cpuPercent() {
		return this.cores * 100;
	}

}
