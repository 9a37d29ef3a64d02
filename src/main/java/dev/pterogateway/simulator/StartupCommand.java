package dev.pterogateway.simulator;

/**
 * The panel's {@code StartupCommandService}: the startup command with {@code {{VAR}}}
 * placeholders replaced; variables the user may not view show {@code [hidden]}.
 */
final class StartupCommand {

	private StartupCommand() {
	}

	static String resolve(PanelModel model, PanelServer server) {
		Allocation primary = model.findAllocation(server.allocationId).orElseThrow();
		String command = server.startup.replace("{{SERVER_MEMORY}}", Integer.toString(server.limits.memory()))
			.replace("{{SERVER_IP}}", primary.ip)
			.replace("{{SERVER_PORT}}", Integer.toString(primary.port));
		for (EggVariable variable : model.requireEgg(server.eggId).variables) {
			String value = variable.userViewable ? server.environment.getOrDefault(variable.envVariable, "")
					: "[hidden]";
			command = command.replace("{{" + variable.envVariable + "}}", value);
		}
		return command;
	}

}
