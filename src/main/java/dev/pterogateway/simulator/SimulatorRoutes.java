package dev.pterogateway.simulator;

/**
 * All route groups of the simulated panel. Application API groups plug in here next to
 * the client ones.
 */
final class SimulatorRoutes {

	private SimulatorRoutes() {
	}

	static RouteTable create(SimulatorContext context) {
		RouteTable routes = new RouteTable();
		routes.add(new ClientAccountRoutes(context));
		routes.add(new ClientServerRoutes(context));
		routes.add(new ClientPowerRoutes(context));
		routes.add(new ClientBackupRoutes(context));
		routes.add(new ClientSettingsRoutes(context));
		routes.add(new ClientNetworkRoutes(context));
		routes.add(new ApplicationUserRoutes(context));
		routes.add(new ApplicationServerRoutes(context));
		routes.add(new ApplicationServerUpdateRoutes(context));
		routes.add(new ApplicationNodeRoutes(context));
		routes.add(new ApplicationAllocationRoutes(context));
		routes.add(new ApplicationLocationRoutes(context));
		routes.add(new ApplicationNestRoutes(context));
		return routes;
	}

}
