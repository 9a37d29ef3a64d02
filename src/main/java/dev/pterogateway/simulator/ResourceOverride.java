package dev.pterogateway.simulator;

/**
 * Fixed resource usage for a running server, set by tests (for example to cross an alert
 * threshold) instead of the generated usage.
 *
 * @param cpuAbsolute CPU in percent of one core
 * @param memoryBytes memory used
 * @param diskBytes disk used
 */
public record ResourceOverride(double cpuAbsolute, long memoryBytes, long diskBytes) {

}
