package dev.pterogateway.server;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * New limits for a server; only the given ones change.
 *
 * @param cores CPU cores (the panel's cpu limit becomes {@code cores × 100} %)
 * @param memory memory in MiB
 * @param disk disk in MiB
 */
record ResizeServerRequest(@Nullable @Positive @Max(1024) Integer cores, @Nullable @Positive Long memory,
		@Nullable @Positive Long disk) {

	@JsonIgnore
	@Schema(hidden = true)
	@AssertTrue(message = "give at least one of cores, memory and disk")
	boolean isAnyLimitGiven() {
		return this.cores != null || this.memory != null || this.disk != null;
	}

	Resize toResize() {
		return new Resize(this.cores, this.memory, this.disk);
	}

}
