package dev.pterogateway.server;

import java.util.ArrayList;
import java.util.List;

import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.Limits;
import org.jspecify.annotations.Nullable;

/**
 * The limits a resize changes; the others stay as they are.
 *
 * @param cores CPU cores, or {@code null} to keep the cpu limit
 * @param memory memory in MiB, or {@code null} to keep it
 * @param disk disk in MiB, or {@code null} to keep it
 */
public record Resize(@Nullable Integer cores, @Nullable Long memory, @Nullable Long disk) {

	/**
	 * The server's limits after this resize.
	 * @param current the limits now
	 * @return the new limits (swap, io, threads and the OOM killer unchanged)
	 */
	public Limits applyTo(Limits current) {
		return new Limits((this.memory != null) ? this.memory : current.memory(), current.swap(),
				(this.disk != null) ? this.disk : current.disk(), current.io(),
				(this.cores != null) ? this.cores * 100 : current.cpu(), current.threads(), current.oomDisabled());
	}

	/**
	 * The limits this resize asks for beyond a tariff's.
	 * @param tariff the tariff
	 * @return {@code cores}, {@code memory} and {@code disk} as far as they exceed it
	 */
	public List<String> beyond(Tariff tariff) {
		List<String> exceeded = new ArrayList<>();
		if (this.cores != null && this.cores > tariff.cores()) {
			exceeded.add("cores");
		}
		if (this.memory != null && this.memory > tariff.memoryMb()) {
			exceeded.add("memory");
		}
		if (this.disk != null && this.disk > tariff.diskMb()) {
			exceeded.add("disk");
		}
		return exceeded;
	}

	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		if (this.cores != null) {
			parts.add("cores " + this.cores);
		}
		if (this.memory != null) {
			parts.add("memory " + this.memory + " MiB");
		}
		if (this.disk != null) {
			parts.add("disk " + this.disk + " MiB");
		}
		return String.join(", ", parts);
	}

}
