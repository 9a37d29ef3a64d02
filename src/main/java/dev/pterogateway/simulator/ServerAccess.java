package dev.pterogateway.simulator;

/**
 * The client API's {@code {server}} binding, access rule and state gate
 * ({@code AuthenticateServerAccess}).
 */
final class ServerAccess {

	private ServerAccess() {
	}

	/**
	 * The server of the request if the caller may see it: owner or root admin; anyone
	 * else gets 404 so that ids cannot be probed.
	 */
	static PanelServer require(PanelModel model, ApiRequest request) {
		PanelServer server = model.findServer(request.variable("server")).orElseThrow(PanelApiException::notFound);
		PanelUser caller = request.caller();
		if (server.ownerId != caller.id && !caller.rootAdmin) {
			throw PanelApiException.noAccess();
		}
		return server;
	}

	/** Like {@link #require} and then the 409 state gate of every route but details. */
	static PanelServer requireUsable(PanelModel model, ApiRequest request) {
		PanelServer server = require(model, request);
		checkState(model, server);
		return server;
	}

	static void checkState(PanelModel model, PanelServer server) {
		if (server.isSuspended()) {
			throw PanelApiException
				.stateConflict("This server is currently suspended and the functionality requested is unavailable.");
		}
		if (model.requireNode(server.nodeId).maintenanceMode) {
			throw PanelApiException.stateConflict(
					"The node of this server is currently under maintenance and the functionality requested is unavailable.");
		}
		if (server.isInstalling()) {
			throw PanelApiException
				.stateConflict("This server has not yet completed its installation process, please try again later.");
		}
		if (PanelServer.RESTORING_BACKUP.equals(server.status)) {
			throw PanelApiException
				.stateConflict("This server is currently restoring from a backup, please try again later.");
		}
	}

}
