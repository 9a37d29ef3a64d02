package dev.pterogateway.monitor;

import org.jspecify.annotations.Nullable;

/**
 * Use of a resource with a limit.
 *
 * @param used bytes in use
 * @param max the limit in bytes, 0 when unlimited
 * @param usage {@code used} in percent of {@code max} (two decimals), or {@code null}
 * when unlimited
 */
public record ResourceUsage(long used, long max, @Nullable Double usage) {

	private static final long BYTES_PER_MIB = 1_048_576L;

	static ResourceUsage of(long usedBytes, long limitMib) {
		long max = Math.max(0, limitMib) * BYTES_PER_MIB;
		return new ResourceUsage(usedBytes, max, percentOf(usedBytes, max));
	}

	static @Nullable Double percentOf(double used, double limit) {
		if (limit <= 0) {
			return null;
		}
		return Math.round(used / limit * 10_000) / 100.0;
	}

}
