package dev.pterogateway.simulator;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** {@code /api/client/servers/{server}/backups}. */
final class ClientBackupRoutes implements RouteGroup {

	private static final String BACKUPS = "/api/client/servers/{server}/backups";

	private static final String BACKUP = BACKUPS + "/{backup}";

	private final SimulatorContext context;

	private final Backups backups;

	ClientBackupRoutes(SimulatorContext context) {
		this.context = context;
		this.backups = new Backups(context);
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(BACKUPS, this::list);
		routes.post(BACKUPS, this::create);
		routes.get(BACKUP, this::get);
		routes.get(BACKUP + "/download", this::download);
		routes.post(BACKUP + "/lock", this::lock);
		routes.post(BACKUP + "/restore", this::restore);
		routes.delete(BACKUP, this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		ObjectNode list = Pagination.of(request, 20, 50)
			.list(server.liveBackups(), Backups::json, request, this.context.address().baseUrl());
		((ObjectNode) list.get("meta")).put("backup_count",
				server.liveBackups().stream().filter((backup) -> !backup.failed()).count());
		return ApiResponse.ok(list);
	}

	/** 200, not 201, with the backup still in progress. */
	private ApiResponse create(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		RequestBody body = new RequestBody(request.body());
		body.check("name", "nullable|string|max:191")
			.check("ignored", "nullable|string")
			.check("is_locked", "nullable|boolean")
			.validate();
		boolean locked = body.value("is_locked").asBoolean(false) || "1".equals(body.text("is_locked"));
		Backup backup = this.backups.create(server, body.text("name"), body.text("ignored"), locked);
		return ApiResponse.ok(Backups.json(backup));
	}

	private ApiResponse get(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		return ApiResponse.ok(Backups.json(backup(server, request)));
	}

	private ApiResponse download(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Backup backup = backup(server, request);
		Node node = this.context.model().requireNode(server.nodeId);
		String token = WingsToken.issue(this.context.model(), node, server, request.caller(), List.of(),
				this.context.address().baseUrl(), Duration.ofMinutes(15));
		ObjectNode attributes = Envelope.object();
		attributes.put("url", "http://127.0.0.1:" + node.daemonListen + "/download/backup?token=" + token);
		return ApiResponse.ok(Envelope.item("signed_url", attributes));
	}

	private ApiResponse lock(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Backup backup = backup(server, request);
		backup.locked = !backup.locked;
		return ApiResponse.ok(Backups.json(backup));
	}

	private ApiResponse restore(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Backup backup = backup(server, request);
		new RequestBody(request.body()).check("truncate", "required|boolean").validate();
		if (server.status != null) {
			throw PanelApiException
				.badRequest("This server is not currently in a state that allows for a backup to be restored.");
		}
		if (backup.inProgress()) {
			throw PanelApiException.badRequest("This backup cannot be restored at this time: not completed or failed.");
		}
		this.context.power().restore(server);
		return ApiResponse.noContent();
	}

	private ApiResponse delete(ApiRequest request) {
		PanelServer server = ServerAccess.requireUsable(this.context.model(), request);
		Backup backup = backup(server, request);
		if (backup.locked && backup.successful) {
			throw new PanelApiException(400, "BackupLockedException",
					"Cannot delete a backup that is marked as locked.");
		}
		backup.deleted = true;
		return ApiResponse.noContent();
	}

	private static Backup backup(PanelServer server, ApiRequest request) {
		String uuid = request.variable("backup");
		return server.liveBackups()
			.stream()
			.filter((backup) -> backup.uuid.equals(uuid))
			.findFirst()
			.orElseThrow(PanelApiException::notFound);
	}

}
