package dev.pterogateway.simulator;

import org.jspecify.annotations.Nullable;

/**
 * The build limits of a server, in the panel's units.
 *
 * @param memory memory in MiB, 0 unlimited
 * @param swap swap in MiB, 0 none, -1 unlimited
 * @param disk disk in MiB, 0 unlimited
 * @param io block IO weight, 10 to 1000
 * @param cpu CPU in percent of one core, 0 unlimited
 * @param threads pinned threads such as {@code 0-1,3}, or null
 * @param oomDisabled whether the OOM killer is disabled
 */
public record ServerLimits(int memory, int swap, int disk, int io, int cpu, @Nullable String threads,
		boolean oomDisabled) {

	/**
	 * Typical limits with the given memory, disk and CPU.
	 * @param memory memory in MiB
	 * @param disk disk in MiB
	 * @param cpu CPU in percent of one core
	 * @return the limits
	 */
	public static ServerLimits of(int memory, int disk, int cpu) {
		return new ServerLimits(memory, 0, disk, 500, cpu, null, true);
	}

}
