package dev.pterogateway.simulator;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Read views of a simulated panel's state for tests and benchmarks, and seeding.
 */
public final class SimulatorState {

	private final PanelModel model;

	SimulatorState(PanelModel model) {
		this.model = model;
	}

	/**
	 * Every server, by id.
	 * @return the servers
	 */
	public List<SimulatedServer> servers() {
		synchronized (this.model) {
			return this.model.servers.stream().map(this.model::view).toList();
		}
	}

	/**
	 * One server.
	 * @param identifierOrUuid the 8-character identifier or the uuid
	 * @return the server
	 * @throws NoSuchElementException if there is none
	 */
	public SimulatedServer server(String identifierOrUuid) {
		synchronized (this.model) {
			return this.model.view(require(identifierOrUuid));
		}
	}

	/**
	 * Every panel user, by id.
	 * @return the users
	 */
	public List<SimulatedUser> users() {
		synchronized (this.model) {
			return this.model.users.stream().map(PanelUser::view).toList();
		}
	}

	PanelServer require(String identifierOrUuid) {
		return this.model.findServer(identifierOrUuid)
			.orElseThrow(() -> new NoSuchElementException("No server '" + identifierOrUuid + "'"));
	}

}
