package dev.pterogateway.simulator;

import java.util.concurrent.ScheduledExecutorService;

/**
 * What route groups and Wings share: settings, the model, the panel address and the one
 * timer thread pool.
 *
 * @param settings the settings
 * @param model the state
 * @param address the panel URL
 * @param scheduler the timers (daemon threads)
 * @param power what Wings does with server processes (power, install, restore)
 * @param faults the injected faults, for those that act on Wings and its tokens
 */
record SimulatorContext(SimulatorSettings settings, PanelModel model, PanelAddress address,
		ScheduledExecutorService scheduler, PowerStateMachine power, Faults faults) {

}
