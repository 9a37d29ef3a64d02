package dev.pterogateway.server;

import dev.pterogateway.panel.Limits;
import org.jspecify.annotations.Nullable;

/**
 * A server's resource limits as the gateway shows them.
 *
 * @param memory memory in MiB (0 = unlimited)
 * @param swap swap in MiB (0 = none, -1 = unlimited)
 * @param disk disk in MiB (0 = unlimited)
 * @param io block IO weight, 10 to 1000
 * @param cpu CPU in percent of one core (100 = one core, 0 = unlimited)
 * @param threads CPU pinning such as {@code 0-1,3}, or {@code null}
 * @param oomDisabled whether the OOM killer is disabled
 */
public record ServerResourceLimits(long memory, long swap, long disk, int io, int cpu, @Nullable String threads,
		boolean oomDisabled) {

	/**
	 * The limits of a panel server.
	 * @param limits the panel's limits
	 * @return the same limits
	 */
	public static ServerResourceLimits from(Limits limits) {
		return new ServerResourceLimits(limits.memory(), limits.swap(), limits.disk(), limits.io(), limits.cpu(),
				limits.threads(), limits.oomDisabled());
	}

}
