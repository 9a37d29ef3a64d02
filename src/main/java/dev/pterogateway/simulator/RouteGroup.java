package dev.pterogateway.simulator;

/**
 * A set of routes of one area (client servers, client backups, application users …) that
 * plugs into the {@link RouteTable}.
 */
interface RouteGroup {

	void register(RouteTable routes);

}
