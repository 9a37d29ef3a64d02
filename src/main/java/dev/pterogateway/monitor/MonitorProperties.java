package dev.pterogateway.monitor;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Monitor settings ({@code ptero.monitor.*}).
 *
 * @param enabled whether the sweep runs at all
 * @param interval time between two sweeps
 * @param budgetShare the share of a panel's client- and application-API rate limits the
 * monitor may spend in any minute (polls, listings, stream tokens) (0.5 = half of it)
 * @param concurrency resource polls in flight at once per panel
 * @param historySize samples in the {@code history} of {@code /status}
 * @param cooldown how long an alert, once fired, does not fire again for the same server,
 * kind and level (and so mails once per cooldown at most)
 * @param hysteresis points below a threshold a value must fall before its alert clears
 * @param cpu thresholds for CPU, in percent of the server's CPU limit
 * @param memory thresholds for memory, in percent of the memory limit
 * @param disk thresholds for disk, in percent of the disk limit
 * @param retention how long samples are kept
 */
@Validated
@ConfigurationProperties("ptero.monitor")
public record MonitorProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
		@DefaultValue("0.5") @DecimalMin("0.01") @DecimalMax("1.0") double budgetShare,
		@DefaultValue("8") @Min(1) int concurrency, @DefaultValue("12") @Min(0) int historySize,
		@DefaultValue("15m") Duration cooldown, @DefaultValue("5") @DecimalMin("0") double hysteresis,
		@DefaultValue @Valid Threshold cpu, @DefaultValue @Valid Threshold memory, @DefaultValue @Valid Threshold disk,
		@DefaultValue @Valid Retention retention) {

	/**
	 * Alert thresholds of one resource, in percent of its limit.
	 *
	 * @param warning from here a warning
	 * @param critical from here a critical alert
	 */
	public record Threshold(@DefaultValue("90") double warning, @DefaultValue("95") double critical) {

	}

	/**
	 * How long samples live.
	 *
	 * @param raw raw samples (one per server and sweep)
	 * @param downsampled 5-minute averages
	 * @param batchSize rows deleted per statement when pruning
	 * @param pruneInterval time between two prune and downsample runs
	 */
	public record Retention(@DefaultValue("24h") Duration raw, @DefaultValue("30d") Duration downsampled,
			@DefaultValue("1000") @Min(1) int batchSize, @DefaultValue("5m") Duration pruneInterval) {

	}

}
